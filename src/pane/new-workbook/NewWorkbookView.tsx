// A workbook without the input tables: offer the template's empty tables or the example data.
import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useSession, useSessionState, useStrings } from '../hooks';
import { Section } from '../shared';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function Offer() {
  const styles = useStyles();
  const session = useSession();
  const { busy, missingTables } = useSessionState();
  const s = useStrings();
  return (
    <>
      <Body1>{s.newWorkbookText}</Body1>
      <Body1>{s.missingTables(missingTables.join(', '))}</Body1>
      <div className={styles.line}>
        <Button
          appearance="primary"
          disabled={busy !== null}
          onClick={() => void session.createTemplateTables()}
        >
          {s.createTemplate}
        </Button>
        <Button disabled={busy !== null} onClick={() => void session.insertExampleData()}>
          {s.insertExample}
        </Button>
      </div>
      {busy === 'creatingTables' && <Spinner size="small" label={s.creating} />}
    </>
  );
}

export function NewWorkbookView() {
  const s = useStrings();
  return (
    <Section heading={s.newWorkbookHeading}>
      <Offer />
    </Section>
  );
}

/** The same offer when only some required tables are missing. */
export function MissingTablesOffer() {
  return <Offer />;
}
