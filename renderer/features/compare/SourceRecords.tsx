/** Per source: how often its figures were corroborated or contradicted by independent sources. */
import { useApi } from '../../api/client-context.tsx';

export function SourceRecords() {
  const records = useApi('compare:sources', {}, { tables: ['documents', 'claims', 'places', 'sources', 'near_duplicates'] });
  if (records.error) return <div className="empty-state error-text">{records.error.message}</div>;
  if (!records.data) return <div className="empty-state">Counting…</div>;
  return (
    <div className="compare-list">
      <p className="muted compare-list-note">
        For each source, its claims that an independent source also reported: corroborated (a matching figure) or contradicted (a different one, or a running total that went down). Evidence for the reliability grade, not the grade itself.
      </p>
      <table className="source-records" aria-label="Source records">
        <thead>
          <tr>
            <th>Source</th>
            <th>Compared</th>
            <th>Corroborated</th>
            <th>Contradicted</th>
            <th>Reported alone</th>
            <th className="source-bar-head">Record</th>
          </tr>
        </thead>
        <tbody>
          {records.data.sources.map((s) => {
            const total = Math.max(1, s.corroborated + s.contradicted);
            return (
              <tr key={s.name}>
                <td dir="auto">{s.name}</td>
                <td>{s.compared}</td>
                <td className="good">{s.corroborated}</td>
                <td className="bad">{s.contradicted}</td>
                <td className="faint">{s.alone}</td>
                <td>
                  {s.compared > 0 && (
                    <div className="source-bar" title={`${s.corroborated} corroborated, ${s.contradicted} contradicted`}>
                      <span className="bar-good" style={{ width: `${(s.corroborated / total) * 100}%` }} />
                      <span className="bar-bad" style={{ width: `${(s.contradicted / total) * 100}%` }} />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
