import { Checkbox, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Span } from '../api/types.ts';
import { EXTRACT_TYPES, type ExtractType, highlightsOf, segment } from '../highlight.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';

/** A source text with each extracted item marked where it came from, by type, with a legend. */
export function SourceText({
  text,
  extraction,
  selfSpan,
}: {
  text: string;
  extraction: Record<string, unknown> | null | undefined;
  selfSpan?: Span | null;
}) {
  const { t } = useI18n();
  const all = useMemo(() => highlightsOf(extraction), [extraction]);
  const present = EXTRACT_TYPES.filter((type) => all.some((h) => h.type === type));
  const [shown, setShown] = useState<ExtractType[]>(present);
  const segments = useMemo(() => {
    const hs = all.filter((h) => shown.includes(h.type as ExtractType));
    if (selfSpan) hs.push({ type: 'self', span: selfSpan, title: t('doc.sourceSpan') });
    return segment(text.length, hs);
  }, [all, shown, selfSpan, text.length, t]);

  return (
    <div>
      {present.length > 0 && (
        <Space wrap className="hl-legend" size={[12, 4]}>
          <Typography.Text type="secondary">{t('doc.highlightHint')}</Typography.Text>
          <Checkbox.Group
            value={shown}
            onChange={(v) => setShown(v as ExtractType[])}
            options={present.map((type) => ({
              value: type,
              label: (
                <span>
                  <span className={`hl hl-${type} hl-swatch`} aria-hidden="true" />{' '}
                  {t(`extract.${type}` as MessageKey)} ({all.filter((h) => h.type === type).length})
                </span>
              ),
            }))}
          />
        </Space>
      )}
      <div className="source-text" data-testid="source-text">
        {segments.map((s) => {
          const piece = text.slice(s.start, s.end);
          if (!s.primary && !s.inSelf) return <span key={s.start}>{piece}</span>;
          const cls = [
            s.primary ? `hl hl-${s.primary.type}` : '',
            s.inTask ? 'hl-in-task' : '',
            s.inSelf ? 'hl-self' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const title = s.primary
            ? `${t(`extract.${s.primary.type}` as MessageKey)}: ${s.primary.title}`
            : t('doc.sourceSpan');
          return (
            <mark key={s.start} className={cls} title={title} data-type={s.primary?.type ?? 'self'}>
              {piece}
            </mark>
          );
        })}
      </div>
    </div>
  );
}
