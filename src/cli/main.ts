// `insatsbudget summarize | template`: the only part of the CLI that touches files and the process.
// Reading, computing and building the JSON and the sheets are the pure modules' work. This module
// parses the arguments and answers --help; the commands (commands.ts) and with them the reader,
// the engine and the writer are loaded only when one runs, so that the start stays cheap.
import { HELP, parseArgs } from './args';
import { EXIT, type Io } from './exit';

export { EXIT, type Io } from './exit';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date().toISOString(),
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(
      `${parsed.error[parsed.lang]}\n${parsed.lang === 'sv' ? 'Se insatsbudget --help' : 'See insatsbudget --help --lang en'}\n`,
    );
    return EXIT.usage;
  }
  const { command } = parsed;
  if (command.kind === 'help') {
    io.stdout(HELP[command.lang]);
    return EXIT.ok;
  }
  // Loaded only for a command that reads or writes a workbook: --help starts without them.
  // require, not import(): tsx's CommonJS hook (bin/insatsbudget.cjs while developing) compiles
  // what require loads only; the bundle turns it into require('./commands.cjs').
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const commands = require('./commands') as typeof import('./commands');
  return commands.runCommand(command, io);
}

/** For bin/insatsbudget.cjs: runs and sets the exit code; an unexpected failure exits 2 with its stack. */
export function run(argv: readonly string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
