// A user's workbook made from the example by editing its package, as Excel would have saved it
// after a user added what ExcelJS drops: an image, a comment, conditional formatting, a range-based
// and a whole-number validation, a sheet-scoped name, a print area, header/footer, hidden and
// grouped rows, an autofilter, zoom and gridline settings, rich text, a hyperlink, sheet protection,
// medium and double borders, the author, title, company, a numeric custom property, and a chart
// of another kind than the summary's clustered columns (a line chart on Ram).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

export const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'insatsbudget-exempel.xlsx');

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

export async function editPackage(
  source: string | Uint8Array,
  edit: (zip: JSZip) => Promise<void> | void,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(typeof source === 'string' ? await fs.readFile(source) : source);
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function read(zip: JSZip, part: string): Promise<string> {
  const f = zip.file(part);
  if (!f) throw new Error(`no part ${part}`);
  return f.async('string');
}

export function userWorkbook(): Promise<Uint8Array> {
  return editPackage(EXAMPLE, async (zip) => {
    // Bemanning: conditional formatting, validations (range list, whole number), protection, header/footer, zoom, no gridlines, a hyperlink.
    let bem = await read(zip, 'xl/worksheets/sheet2.xml');
    bem = bem.replace(
      '<sheetView workbookViewId="0">',
      '<sheetView showGridLines="0" zoomScale="85" zoomScaleNormal="85" workbookViewId="0">',
    );
    bem = bem.replace(
      '</sheetData>',
      '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/><conditionalFormatting sqref="D2:D15"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>60000</formula></cfRule></conditionalFormatting>',
    );
    bem = bem.replace(
      '<dataValidations count="1">',
      '<dataValidations count="3"><dataValidation type="list" allowBlank="1" sqref="I2:I500"><formula1>$A$2:$A$6</formula1></dataValidation><dataValidation type="whole" allowBlank="1" sqref="D2:D500"><formula1>0</formula1><formula2>200000</formula2></dataValidation>',
    );
    bem = bem.replace(
      '</dataValidations>',
      '</dataValidations><hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>',
    );
    bem = bem.replace(
      '<tableParts',
      '<headerFooter><oddHeader>&amp;C&amp;"Calibri,Fet"Bemanning</oddHeader><oddFooter>&amp;RSida &amp;P</oddFooter></headerFooter><tableParts',
    );
    zip.file('xl/worksheets/sheet2.xml', bem);
    let bemRels = await read(zip, 'xl/worksheets/_rels/sheet2.xml.rels');
    bemRels = bemRels.replace(
      '</Relationships>',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.finsam.se/" TargetMode="External"/></Relationships>',
    );
    zip.file('xl/worksheets/_rels/sheet2.xml.rels', bemRels);

    // Läs mig: hidden and grouped rows, a hidden and grouped column, an autofilter, an image, a comment.
    let readme = await read(zip, 'xl/worksheets/sheet8.xml');
    readme = readme.replace(/<row r="3"([^>]*)>/, '<row r="3"$1 hidden="1" outlineLevel="1">');
    readme = readme.replace(/<row r="4"([^>]*)>/, '<row r="4"$1 outlineLevel="1">');
    readme = readme.replace(
      '<col min="1" max="1" width="110" customWidth="1"/>',
      '<col min="1" max="1" width="110" customWidth="1"/><col min="2" max="2" width="9" hidden="1" customWidth="1" outlineLevel="1"/>',
    );
    readme = readme.replace('</sheetData>', '</sheetData><autoFilter ref="A1:A10"/>');
    readme = readme.replace('</worksheet>', '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>');
    zip.file('xl/worksheets/sheet8.xml', readme);
    zip.file(
      'xl/worksheets/_rels/sheet8.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
    );
    zip.file(
      'xl/drawings/drawing1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logotyp"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
    );
    zip.file(
      'xl/drawings/_rels/drawing1.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/></Relationships>',
    );
    zip.file('xl/media/image1.png', PNG);
    zip.file(
      'xl/comments1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Anna Andersson</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t>Läs detta först.</t></r></text></comment></commentList></comments>',
    );
    zip.file(
      'xl/drawings/vmlDrawing1.vml',
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:108pt;height:60pt;visibility:hidden" fillcolor="#ffffe1"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>',
    );

    // Rich text in a shared string; a medium and a double border in the styles; a dxf for the rule.
    let sst = await read(zip, 'xl/sharedStrings.xml');
    sst = sst.replace(
      '<si><t>Insats</t></si>',
      '<si><r><rPr><b/><sz val="11"/><color rgb="FFC00000"/><rFont val="Calibri"/></rPr><t>Ins</t></r><r><t>ats</t></r></si>',
    );
    zip.file('xl/sharedStrings.xml', sst);
    let styles = await read(zip, 'xl/styles.xml');
    styles = styles.replace(
      /<borders count="(\d+)">/,
      (_m, n: string) => `<borders count="${Number(n) + 2}">`,
    );
    styles = styles.replace(
      '</borders>',
      '<border><left style="medium"/><right/><top/><bottom style="double"/><diagonal/></border><border><left/><right/><top style="medium"/><bottom/><diagonal/></border></borders>',
    );
    if (!/<dxfs/.test(styles))
      styles = styles.replace(
        '</cellStyles>',
        '</cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs>',
      );
    zip.file('xl/styles.xml', styles);

    // Names: a sheet-scoped one and a print area.
    let wb = await read(zip, 'xl/workbook.xml');
    wb = wb.replace(
      '</sheets>',
      '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Bemanning!$A$1:$I$15</definedName><definedName name="Lokal" localSheetId="7">\'Läs mig\'!$A$1</definedName><definedName name="Medel">Ram!$B$2:$B$10</definedName></definedNames>',
    );
    zip.file('xl/workbook.xml', wb);

    // Properties: author, title, company, a numeric custom property.
    let core = await read(zip, 'docProps/core.xml');
    core = core.replace(
      '<dc:creator>Insatsbudget</dc:creator><dc:title></dc:title>',
      '<dc:creator>Anna Andersson</dc:creator><dc:title>Ansökningsomgång 2025</dc:title>',
    );
    zip.file('docProps/core.xml', core);
    let app = await read(zip, 'docProps/app.xml');
    app = app.replace('<Company></Company>', '<Company>Samordningsförbundet Uppsala län</Company>');
    zip.file('docProps/app.xml', app);
    zip.file(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diarienummer"><vt:i4>2025017</vt:i4></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Handläggare"><vt:lpwstr>Anna</vt:lpwstr></property></Properties>',
    );
    let rels = await read(zip, '_rels/.rels');
    rels = rels.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    );
    zip.file('_rels/.rels', rels);
    let types = await read(zip, '[Content_Types].xml');
    types = types.replace(
      '</Types>',
      '<Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    );
    zip.file('[Content_Types].xml', types);

    // A line chart of the user's own on Ram.
    await addUserChart(zip, 'Ram', 'drawing2.xml', 'chart1.xml');
  });
}

/**
 * A line chart of the user's own on `sheet`, in the drawing and chart parts named (as Excel adds
 * them: a drawing in the sheet's relationships, a chart in the drawing's).
 */
export async function addUserChart(zip: JSZip, sheet: string, drawing: string, chart: string): Promise<void> {
  const part = await sheetPath(zip, sheet);
  const relsPath = part.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  const rels =
    zip.file(relsPath) !== null
      ? await read(zip, relsPath)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(
    relsPath,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/${drawing}"/></Relationships>`,
    ),
  );
  const xml = await read(zip, part);
  if (/<drawing\b/.test(xml)) throw new Error(`${sheet} has a drawing already`);
  zip.file(part, xml.replace(/(<legacyDrawing\b|<tableParts\b|<\/worksheet>)/, '<drawing r:id="rId77"/>$1'));
  zip.file(
    `xl/drawings/${drawing}`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
  );
  zip.file(
    `xl/drawings/_rels/${drawing}.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/${chart}"/></Relationships>`,
  );
  const q = sheet.includes(' ') ? `'${sheet}'` : sheet;
  zip.file(
    `xl/charts/${chart}`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Egna kostnader per år</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Egna kostnader</c:v></c:tx><c:marker><c:symbol val="circle"/></c:marker><c:cat><c:numRef><c:f>${q}!$A$2:$A$4</c:f></c:numRef></c:cat><c:val><c:numRef><c:f>${q}!$D$2:$D$4</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser><c:marker val="1"/><c:axId val="500"/><c:axId val="501"/></c:lineChart><c:catAx><c:axId val="500"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="501"/></c:catAx><c:valAx><c:axId val="501"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="500"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  zip.file(
    '[Content_Types].xml',
    (await read(zip, '[Content_Types].xml')).replace(
      '</Types>',
      `<Override PartName="/xl/drawings/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    ),
  );
}

/** Every part's bytes, by path (folders left out). */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}

/** The worksheet part of the sheet with this name. */
export async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const wb = await read(zip, 'xl/workbook.xml');
  const tag = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`));
  const rid = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const rels = await read(zip, 'xl/_rels/workbook.xml.rels');
  const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

/** The table part of the sheet with this name (its first table). */
export async function tablePath(zip: JSZip, sheet: string): Promise<string> {
  const part = await sheetPath(zip, sheet);
  const rels = await read(zip, part.replace(/worksheets\//, 'worksheets/_rels/') + '.rels');
  const target = /Target="\.\.\/tables\/([^"]+)"/.exec(rels)?.[1];
  if (!target) throw new Error(`no table on ${sheet}`);
  return `xl/tables/${target}`;
}

const cellRe = (ref: string) => new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);

/** The XML of the cell at ref. */
export function cellOf(xml: string, ref: string): string {
  const m = cellRe(ref).exec(xml);
  if (!m) throw new Error(`no cell ${ref}`);
  return m[0];
}

/** The sheet XML with the cell at ref replaced. */
export function withCell(xml: string, ref: string, replacement: string): string {
  cellOf(xml, ref);
  return xml.replace(cellRe(ref), replacement);
}

/** The style index of the cell at ref. */
export function styleOf(xml: string, ref: string): string {
  return /\ss="(\d+)"/.exec(cellOf(xml, ref))?.[1] ?? '0';
}

/** Edits one sheet's XML, found by the sheet's name. */
export async function editSheet(zip: JSZip, name: string, edit: (xml: string) => string): Promise<void> {
  const part = await sheetPath(zip, name);
  zip.file(part, edit(await read(zip, part)));
}

/**
 * The example as a 1904 workbook (old Mac Excel's date system, workbookPr date1904="1"): every date
 * cell's serial 1 462 smaller, so it holds the same dates. `edit` may change it further.
 */
export function example1904(
  edit: (zip: JSZip) => Promise<void> | void = () => undefined,
): Promise<Uint8Array> {
  return editPackage(EXAMPLE, async (zip) => {
    zip.file(
      'xl/workbook.xml',
      (await read(zip, 'xl/workbook.xml')).replace('<workbookPr ', '<workbookPr date1904="1" '),
    );
    const dateStyle = styleOf(await read(zip, await sheetPath(zip, 'Insatser')), 'D2');
    for (const f of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)) {
      const xml = (await f.async('string')).replace(
        new RegExp(`(<c r="[A-Z]+\\d+" s="${dateStyle}"><v>)(\\d+)(</v>)`, 'g'),
        (_m, a: string, v: string, b: string) => `${a}${Number(v) - 1462}${b}`,
      );
      zip.file(f.name, xml);
    }
    await edit(zip);
  });
}
