// Outside Office, office.js still starts its telemetry: after three seconds it loads a hidden frame
// from Microsoft's telemetry service. The preview has nothing to report and promises to need no
// network, so it switches that off once Office.onReady has said there is no host.
interface OfficeTelemetryGlobals {
  OSF?: {
    Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void; writeLog?: (log: string) => void } | null };
    AppTelemetry?: { enableTelemetry?: boolean };
  };
}

export function quietOfficeTelemetry(global: unknown = globalThis): void {
  const osf = (global as OfficeTelemetryGlobals).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint) {
    endpoint.loadProxyFrame = () => undefined;
    endpoint.writeLog = () => undefined;
  }
  if (osf?.AppTelemetry) osf.AppTelemetry.enableTelemetry = false;
}
