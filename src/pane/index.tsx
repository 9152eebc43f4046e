// Task pane entry point: waits for Office, then renders the pane.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme, Title3, Body1 } from '@fluentui/react-components';

function Placeholder() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Title3 as="h1">Insatsbudget</Title3>
        <Body1 as="p">Budget för insatser – periodisering, ram och justeringar.</Body1>
      </main>
    </FluentProvider>
  );
}

Office.onReady(() => {
  createRoot(document.getElementById('root')!).render(<Placeholder />);
});
