// The first paint from figures the session produced last time (a FirstView kept by the host, or
// computed at build time for the preview's example): Översikt's decision years and the frame strip,
// drawn where the pane will draw them, under a line saying they are being checked against the
// workbook. The session's own figures replace them as soon as it has read the workbook. Nothing
// here computes or parses: it lays out strings the session made.
import {
  Badge,
  Caption1,
  Spinner,
  Tab,
  TabList,
  Title3,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { FirstViewText } from '../../session/views/first-view-model';

export { storedFirstView, type FirstView } from '../../session/views/first-view-model';
import { DecisionYears } from '../overview/DecisionYears';
import { IncompleteBadge } from '../incomplete-badge';
import { Section } from '../shared';
import { useShellStyles } from '../shell/shell-styles';
import { useStripStyles } from '../shell/strip-styles';

export interface FirstPaintProps {
  view: FirstViewText;
  /** "Siffror från förra gången. Kontrollerar mot arbetsboken …" in the view's language. */
  checking: string;
  preview: boolean;
  /**
   * The pane's header and a place for its controls, for the page before the pane has loaded;
   * inside the pane (Shell) its own header and controls are drawn instead.
   */
  frame?: boolean;
  lang: 'sv' | 'en';
}

/** The header and controls' row, as Shell draws them, without anything to operate yet. */
function Frame({ view, preview, checking }: { view: FirstViewText; preview: boolean; checking: string }) {
  const shell = useShellStyles();
  return (
    <>
      <header className={shell.header}>
        <Title3 as="h1">{view.labels.appTitle}</Title3>
        {preview && (
          <Badge appearance="tint" color="warning">
            {view.labels.previewBadge}
          </Badge>
        )}
      </header>
      {/* Where the scenario and language fields will be: the checking line meanwhile. */}
      <div className={mergeClasses(shell.controls, shell.controlsPlaceholder)}>
        <CheckingLine checking={checking} />
      </div>
    </>
  );
}

/** "Figures from last time. Checking …", in the controls' row. Said by the live region beside it. */
export function CheckingLine({ checking }: { checking: string }) {
  const shell = useShellStyles();
  return (
    <div className={shell.checking} data-testid="first-paint-checking" aria-hidden>
      <Spinner size="extra-tiny" />
      <Caption1>{checking}</Caption1>
    </div>
  );
}

/** The tabs, the strip and Översikt's decision years; the checking line is in the controls' row. */
export function FirstPaintBody({ view }: { view: FirstViewText }) {
  const shell = useShellStyles();
  const strip = useStripStyles();
  return (
    <>
      {/* The tabs as they will be, to be chosen once the figures are checked. */}
      <nav aria-label={view.labels.navLabel}>
        <TabList className={shell.tabs} size="small" selectedValue={0} disabled>
          {view.labels.tabs.map((name, i) => (
            <Tab key={name} value={i}>
              {name}
            </Tab>
          ))}
        </TabList>
      </nav>
      <section className={strip.strip} aria-label={view.labels.stripLabel} data-testid="first-paint-strip">
        <div className={strip.line}>
          {view.strip.map((item) => (
            <span key={item.year} className={strip.item}>
              {`${item.year} · `}
              <span className={item.isOver ? strip.over : strip.room}>{item.text}</span>
              {item.incomplete && (
                <>
                  {' '}
                  <IncompleteBadge label={view.labels.incompleteMark} />
                </>
              )}
            </span>
          ))}
        </div>
      </section>
      <main className={shell.main} aria-busy>
        <Section heading={view.scenario}>
          <section aria-label={view.decisionYears.heading} data-testid="first-paint-years">
            <h3 style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>{view.decisionYears.heading}</h3>
            <DecisionYears view={view.decisionYears} labels={view.labels} />
            <Caption1>{view.labels.frameScaleNote}</Caption1>
          </section>
        </Section>
      </main>
    </>
  );
}

/** The whole first paint, for the page before the pane's own code has arrived. */
export function FirstPaint({ view, checking, preview, frame = true, lang }: FirstPaintProps) {
  const shell = useShellStyles();
  return (
    <div className={shell.root} lang={lang} data-testid="first-paint">
      {frame && <Frame view={view} preview={preview} checking={checking} />}
      <div role="status" aria-live="polite" className={shell.status}>
        {checking}
      </div>
      <FirstPaintBody view={view} />
    </div>
  );
}
