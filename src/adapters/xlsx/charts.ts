// Native charts, which ExcelJS cannot write: a clustered column chart per PlanChart, added to the
// saved package as DrawingML parts (chart, drawing, relationships, content types), and read back
// from any package that holds a chart of that kind (ours, Excel's or LibreOffice's).
import type { MemoryChart, MemorySheet } from '../memory/memory-workbook';
import { parseRange } from '../memory/memory-workbook';
import { a1, columnLetter, qualified } from '../../workbook/snapshot';
import {
  addContentTypeOverrides,
  addRelationships,
  attributes,
  CONTENT_TYPE,
  type ZipParts,
  elements,
  escapeXml,
  NS_R,
  readRelationships,
  REL,
  resolveTarget,
  type SheetPart,
  unescapeXml,
} from './ooxml';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Available, applied, proposed: distinguishable in colour and in greyscale print. */
const PALETTE = ['A5A5A5', '2F5597', 'ED7D31', '70AD47', 'FFC000'];

function absolute(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

function cellText(sheet: MemorySheet, row: number, col: number): string {
  return String(sheet.getCell(row, col).value);
}

/** The chart part's XML, with cached values taken from the sheet so that it shows without recalculation. */
export function chartXml(sheet: MemorySheet, chart: MemoryChart): string {
  const src = parseRange(chart.sourceRange);
  const ref = (r0: number, c0: number, r1: number, c1: number) =>
    escapeXml(
      qualified(
        sheet.name,
        r0 === r1 && c0 === c1 ? absolute(r0, c0) : `${absolute(r0, c0)}:${absolute(r1, c1)}`,
      ),
    );
  const categoryRows: number[] = [];
  for (let r = src.top + 1; r <= src.bottom; r++) categoryRows.push(r);
  const strCache = (texts: string[]) =>
    `<c:strCache><c:ptCount val="${texts.length}"/>${texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join('')}</c:strCache>`;
  const categories = categoryRows.map((r) => cellText(sheet, r, src.left));
  const series: string[] = [];
  for (let c = src.left + 1; c <= src.right; c++) {
    const i = c - src.left - 1;
    const values = categoryRows.map((r) => sheet.getCell(r, c).value);
    const points = values
      .map((v, idx) =>
        typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${idx}"><c:v>${v}</c:v></c:pt>` : '',
      )
      .join('');
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${ref(src.top, c, src.top, c)}</c:f>${strCache([cellText(sheet, src.top, c)])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref(src.top + 1, src.left, src.bottom, src.left)}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(src.top + 1, c, src.bottom, c)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${categoryRows.length}"/>${points}</c:numCache></c:numRef></c:val>` +
        `</c:ser>`,
    );
  }
  const txPr = chart.fontSize
    ? `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(chart.fontSize * 100)}"/></a:pPr><a:endParaRPr lang="sv-SE"/></a:p></c:txPr>`
    : '';
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="1400" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${title}` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}` +
    `<c:gapWidth val="150"/><c:overlap val="0"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${txPr}<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr}<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${txPr}</c:chartSpace>`
  );
}

function anchorXml(chart: MemoryChart, rid: string, shapeId: number): string {
  const from = parseRange(chart.topLeft);
  const to = parseRange(chart.bottomRight);
  const marker = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  // The chart covers the bottom-right cell too, so the anchor ends at the next cell's corner.
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from.top, from.left)}${marker('to', to.bottom + 1, to.right + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rid}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Worksheet child elements that must come after <drawing> (CT_Worksheet's sequence). */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const AFTER_DRAWING_STARTS = AFTER_DRAWING.map((t) => new RegExp(`<${t}[\\s>/]`, 'g'));

/**
 * Where the worksheet elements after the rows are searched from: the end tag of <sheetData>. Inside
 * it are only rows and cells, whose text is escaped, so no element searched for can start there
 * (a comment aside). Searching the whole part went through the rows once per element: the
 * 20 000-row workbook's Beslutsunderlag is 11,5 MB and was searched ten times.
 */
function afterRows(sheetXml: string): number {
  const end = sheetXml.lastIndexOf('</sheetData>');
  return end < 0 ? 0 : end;
}

/** Where the global `pattern` first matches from `from`, or -1. */
function searchFrom(sheetXml: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(sheetXml);
  return m ? m.index : -1;
}

/** Where a sheet part's <drawing> goes: before the first element that follows it, else before </worksheet>. */
export function drawingPlace(sheetXml: string): number {
  const from = afterRows(sheetXml);
  let at = -1;
  for (const pattern of AFTER_DRAWING_STARTS) {
    const i = searchFrom(sheetXml, pattern, from);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at >= 0 ? at : sheetXml.lastIndexOf('</worksheet>');
}

/** Adds the charts of every sheet that has any to a package ExcelJS wrote. */
export async function addCharts(
  zip: ZipParts,
  sheets: readonly MemorySheet[],
  parts: readonly SheetPart[],
): Promise<void> {
  // The first free number, not the count of parts: a user's chart or drawing may be numbered above
  // a gap (ours removed on a second summarize, or another tool's numbering), and a count would
  // overwrite it.
  const taken = new Set<string>();
  const free = (stem: string): string => {
    let n = 1;
    while (zip.file(`${stem}${n}.xml`) || taken.has(`${stem}${n}.xml`)) n++;
    taken.add(`${stem}${n}.xml`);
    return `${stem}${n}.xml`;
  };
  const overrides: Array<{ part: string; type: string }> = [];
  for (const sheet of sheets) {
    if (sheet.charts.length === 0) continue;
    const part = parts.find((p) => p.name === sheet.name);
    if (!part) throw new Error(`No worksheet part for ${sheet.name}`);
    let sheetXml = await zip.file(part.path)!.async('string');
    if (searchFrom(sheetXml, /<drawing\s/g, afterRows(sheetXml)) >= 0)
      throw new Error(`Sheet ${sheet.name} has a drawing already`);
    const drawingPath = free('xl/drawings/drawing');
    const chartPaths = sheet.charts.map(() => free('xl/charts/chart'));
    const chartIds = await addRelationships(
      zip,
      drawingPath,
      chartPaths.map((p) => ({ type: REL.chart, target: `../charts/${p.split('/').pop()}` })),
    );
    sheet.charts.forEach((chart, i) => zip.file(chartPaths[i]!, chartXml(sheet, chart)));
    zip.file(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
        sheet.charts.map((chart, i) => anchorXml(chart, chartIds[i]!, i + 2)).join('') +
        `</xdr:wsDr>`,
    );
    const [drawingId] = await addRelationships(zip, part.path, [
      { type: REL.drawing, target: `../drawings/${drawingPath.split('/').pop()}` },
    ]);
    if (!/xmlns:r="/.test(sheetXml.slice(0, sheetXml.indexOf('>', sheetXml.indexOf('<worksheet'))))) {
      sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
    }
    const drawingTag = `<drawing r:id="${drawingId}"/>`;
    const at = drawingPlace(sheetXml);
    sheetXml = sheetXml.slice(0, at) + drawingTag + sheetXml.slice(at);
    zip.file(part.path, sheetXml);
    overrides.push(
      { part: drawingPath, type: CONTENT_TYPE.drawing },
      ...chartPaths.map((p) => ({ part: p, type: CONTENT_TYPE.chart })),
    );
  }
  if (overrides.length) await addContentTypeOverrides(zip, overrides);
}

/** Strips a sheet qualifier and $ signs: "'Min flik'!$A$1:$B$3" → { sheet: 'Min flik', range: 'A1:B3' }. */
function splitReference(f: string): { sheet: string | null; range: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(f.trim());
  const range = (m ? m[3]! : f).replace(/\$/g, '');
  return { sheet: m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!) : null, range };
}

/**
 * Clustered column charts of a sheet as PlanCharts. Other kinds of chart are not part of the model
 * and are not read.
 */
export async function readCharts(zip: ZipParts, part: SheetPart): Promise<MemoryChart[]> {
  const sheetRels = await readRelationships(zip, part.path);
  const charts: MemoryChart[] = [];
  for (const drawingRel of sheetRels.filter((r) => r.type === REL.drawing)) {
    const drawingPath = resolveTarget(part.path, drawingRel.target);
    const drawingXml = await zip.file(drawingPath)?.async('string');
    if (!drawingXml) continue;
    const drawingRels = await readRelationships(zip, drawingPath);
    for (const anchor of elements(drawingXml, 'twoCellAnchor')) {
      const chartRef = /<(?:[\w]+:)?chart\b[^>]*?\br:id="([^"]+)"/.exec(anchor.inner);
      const rel = chartRef && drawingRels.find((r) => r.id === chartRef[1]);
      if (!rel) continue;
      const chartXmlText = await zip.file(resolveTarget(drawingPath, rel.target))?.async('string');
      if (!chartXmlText) continue;
      const bar = elements(chartXmlText, 'barChart')[0];
      if (!bar) continue;
      const barDir = attributes(elements(bar.inner, 'barDir')[0]?.start ?? '').val;
      const grouping = attributes(elements(bar.inner, 'grouping')[0]?.start ?? '').val ?? 'clustered';
      if (barDir !== 'col' || grouping !== 'clustered') continue;
      const sers = elements(bar.inner, 'ser');
      if (sers.length === 0) continue;
      const formula = (xml: string, local: string) => {
        const node = elements(xml, local)[0];
        const f = node && elements(node.inner, 'f')[0];
        return f ? splitReference(unescapeXml(f.inner)) : null;
      };
      const cat = formula(sers[0]!.inner, 'cat');
      const lastVal = formula(sers[sers.length - 1]!.inner, 'val');
      if (!cat || !lastVal) continue;
      const catRange = parseRange(cat.range);
      const valRange = parseRange(lastVal.range);
      const sourceRange = `${a1(catRange.top - 1, catRange.left)}:${a1(valRange.bottom, valRange.right)}`;
      const marker = (tag: string) => {
        const m = elements(anchor.inner, tag)[0]?.inner ?? '';
        const num = (local: string) => Number(elements(m, local)[0]?.inner ?? 0);
        return { row: num('row'), col: num('col'), rowOff: num('rowOff'), colOff: num('colOff') };
      };
      const from = marker('from');
      const to = marker('to');
      // An anchor ending exactly at a cell's corner covers the cell before it.
      const toRow = to.rowOff === 0 ? to.row - 1 : to.row;
      const toCol = to.colOff === 0 ? to.col - 1 : to.col;
      const titleText = elements(elements(chartXmlText, 'title')[0]?.inner ?? '', 't')
        .map((t) => unescapeXml(t.inner))
        .join('');
      const name =
        attributes(elements(anchor.inner, 'cNvPr')[0]?.start ?? '').name ?? `Diagram ${charts.length + 1}`;
      // The labels' size as this writer sets it: on the category axis's text properties.
      const labelSize = /<(?:\w+:)?defRPr\b[^>]*\bsz="(\d+)"/.exec(
        elements(elements(chartXmlText, 'catAx')[0]?.inner ?? '', 'txPr')[0]?.inner ?? '',
      );
      charts.push({
        type: 'columnClustered',
        name,
        title: titleText,
        sourceRange,
        topLeft: a1(from.row, from.col),
        bottomRight: a1(Math.max(from.row, toRow), Math.max(from.col, toCol)),
        ...(labelSize ? { fontSize: Number(labelSize[1]) / 100 } : {}),
      });
    }
  }
  return charts;
}
