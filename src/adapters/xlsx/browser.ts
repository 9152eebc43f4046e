// The .xlsx adapter without Node APIs, for the browser preview: bytes in, bytes out.
//   const wb = await readXlsxData(await (await fetch(url)).arrayBuffer());
//   const bytes = await writeXlsxData(wb); // Uint8Array → new Blob([bytes]) for a download
export { readXlsxData } from './read';
export { writeXlsxData } from './write';
