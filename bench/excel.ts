// The Office.js adapter on the wire: the summary of 20 000 and 30 000 staffing rows written through
// Microsoft's own client (excel-web-16.00.debug.js, in jsdom) to the simulated host of the tests,
// and the input read back. Every request's real serialised bytes, as Excel on the web would get
// them; target: every request under 4.5 MB (the limit is 5 MB per request and per response).
//   npx tsx bench/excel.ts        (or `npm run bench -- excel`)
import { createExcelPort } from '../src/adapters/excel';
import { installOfficeWire } from '../test/support/office-wire';
import type { WireRecord } from '../test/support/office-wire';
import { largeWorkbook, summaryPlansFor } from '../test/support/office-fake/fixtures';

const TARGET_BYTES = 4_500_000;
const mb = (n: number) => `${(n / 1_000_000).toFixed(2)} MB`;

function report(label: string, records: readonly WireRecord[]): boolean {
  console.log(`  ${label}: ${records.length} requests`);
  for (const r of records)
    console.log(
      `    #${r.index}  request ${mb(r.requestBytes).padStart(8)} (message ${mb(r.messageBytes)})` +
        `  response ${mb(r.responseBytes).padStart(8)}  ${String(r.effects).padStart(5)} steps` +
        (r.failed ? `  FAILED ${r.errorCode}` : ''),
    );
  return records.every((r) => r.messageBytes < TARGET_BYTES && r.responseBytes < TARGET_BYTES);
}

export async function run(): Promise<void> {
  let ok = true;
  for (const rows of [20_000, 30_000]) {
    const wb = largeWorkbook(rows);
    const plans = summaryPlansFor(wb);
    const { host, uninstall } = installOfficeWire(wb);
    try {
      const port = createExcelPort();
      console.log(`\n${rows.toLocaleString('sv-SE')} staffing rows`);
      let start = performance.now();
      await port.writeSheets(plans);
      const writeMs = performance.now() - start;
      ok = report(`writeSheets (${writeMs.toFixed(0)} ms here)`, host.requests) && ok;
      const before = host.requests.length;
      start = performance.now();
      await port.readSnapshot();
      const readMs = performance.now() - start;
      // Reported, not held to the target: a cold read tries the whole workbook in one request, and
      // a response Excel refuses for its size is read again in row chunks (read.ts).
      report(`readSnapshot, cold (${readMs.toFixed(0)} ms here)`, host.requests.slice(before));
    } finally {
      uninstall();
    }
  }
  console.log(
    `\n  target: every write request (as the message carries it) and response under ${mb(TARGET_BYTES)}: ${ok ? 'met' : 'NOT MET'}`,
  );
}

if (require.main === module)
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
