// `npm run bench`: every benchmark in turn. Each prints its own medians, ratios and targets.
// Performance targets live here, never in timed tests.
import * as path from 'node:path';
import * as fs from 'node:fs';

const suites = ['engine', 'balance', 'pane', 'summarize', 'cli', 'excel', 'bundle', 'first-render'];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const name of suites) {
    if (only.length && !only.includes(name)) continue;
    const file = path.join(__dirname, `${name}.ts`);
    if (!fs.existsSync(file)) continue;
    console.log(`\n=== bench: ${name}`);
    const mod = (await import(file)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
