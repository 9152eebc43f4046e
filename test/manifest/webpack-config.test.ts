// What the build configuration decides per mode: where office.js comes from, what is copied into
// dist/, and that a bad ADDIN_URL stops a production build.
/* eslint-disable @typescript-eslint/no-require-imports */
const config = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: { mode?: string },
) => Promise<{
  entry: Record<string, string>;
  plugins: Array<{
    userOptions?: { filename: string; officeJs: string };
    patterns?: Array<{ from: string; to: string }>;
  }>;
  optimization: { splitChunks: { chunks: string } };
}>;

async function build(mode: 'production' | 'development', addinUrl?: string) {
  const saved = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const c = await config({}, { mode });
    const pages = c.plugins.flatMap((p) => (p.userOptions ? [p.userOptions] : []));
    const copies = c.plugins.flatMap((p) => p.patterns ?? []);
    return { c, pages, copies, warnings: warn.mock.calls.map((args) => String(args[0])) };
  } finally {
    warn.mockRestore();
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

describe('webpack.config.js', () => {
  it('builds the pane, the function file and the preview, splitting chunks', async () => {
    const { c, pages } = await build('production', 'https://example.org/insatsbudget');
    expect(c.entry).toEqual({
      taskpane: './src/pane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    });
    expect(pages.map((p) => p.filename)).toEqual(['taskpane.html', 'commands.html', 'preview.html']);
    expect(c.optimization.splitChunks.chunks).toBe('all');
  });

  it('production: office.js from the CDN, nothing copied from node_modules', async () => {
    const { pages, copies } = await build('production', 'https://example.org/insatsbudget');
    for (const p of pages.filter((p) => p.filename !== 'preview.html'))
      expect(p.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    // The preview is never inside Office: it loads no office.js at all.
    expect(pages.find((p) => p.filename === 'preview.html')?.officeJs).toBeUndefined();
    expect(copies.map((p) => p.to)).toEqual(['assets', 'manifest.xml']);
  });

  it('development: office.js from the copy of its whole dist/ folder', async () => {
    const { pages, copies } = await build('development');
    for (const p of pages.filter((p) => p.filename !== 'preview.html'))
      expect(p.officeJs).toBe('office-js/office.js');
    expect(copies).toContainEqual({ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' });
  });

  it('production without ADDIN_URL warns that the manifest keeps localhost', async () => {
    const { warnings } = await build('production');
    expect(warnings.join('\n')).toContain('ADDIN_URL is not set');
  });

  it('production with an http ADDIN_URL fails', async () => {
    await expect(build('production', 'http://example.org')).rejects.toThrow('must start with https://');
  });
});
