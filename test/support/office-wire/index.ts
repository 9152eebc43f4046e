// The Office.js test bench on the wire: Microsoft's client (client.ts) over a simulated host (wire-host.ts).
export { installOfficeWire, WireHost, FLAG_DELAY_FOR_CELL_EDIT } from './wire-host';
export type { WireFailure, WireOptions, WireRecord } from './wire-host';
export { loadClient } from './client';
