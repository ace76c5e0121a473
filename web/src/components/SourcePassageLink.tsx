import { Link } from 'react-router';
import type { Span } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A link back to the imported text a record was extracted from, with its passage marked. */
export function SourcePassageLink({ sourceId, span }: { sourceId?: number | null; span?: Span | null }) {
  const { t } = useI18n();
  if (!sourceId) return null;
  const query = span ? `?span=${span[0]},${span[1]}` : '';
  return (
    <Link to={`/sources/${sourceId}${query}`} data-testid="source-passage-link">
      {t('source.passage')}
    </Link>
  );
}
