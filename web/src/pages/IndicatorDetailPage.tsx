import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Table,
} from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api, errorText } from '../api/client.ts';
import type { IndicatorDetail, Observation, Target, User } from '../api/types.ts';
import { useUser } from '../auth.ts';
import type { ChartOption } from '../charts/EChart.tsx';
import { AgencyLink, DocumentLinkText, PageTitle } from '../components/common.tsx';
import { EmptyState, Loading, QueryView } from '../components/QueryState.tsx';
import { SourcePassageLink } from '../components/SourcePassageLink.tsx';
import { COLOUR_HEX, IllustrativeTag, ProgressTag } from '../components/tags.tsx';
import { formatNumber, formatValue, parseNumber } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const EChart = lazy(() => import('../charts/EChart.tsx'));

export default function IndicatorDetailPage() {
  const { id } = useParams();
  const query = useQuery({
    queryKey: ['indicators', id, 'detail'],
    queryFn: () => api<IndicatorDetail>(`/indicators/${id}`),
  });
  return (
    <div className="page">
      <QueryView query={query} rows={10}>
        {(ind) => <IndicatorView ind={ind} />}
      </QueryView>
    </div>
  );
}

export function canEnterObservation(
  user: User,
  ind: { ownerAgency: { id: number } | null; canEdit?: boolean },
): boolean {
  if (ind.canEdit !== undefined) return ind.canEdit;
  if (user.role === 'admin' || user.role === 'coordinator') return true;
  return user.role === 'agency_editor' && !!user.agency && user.agency.id === ind.ownerAgency?.id;
}

/** "Năm 2025", "Quý IV/2026" (Vietnamese writes quarters in Roman numerals), "Tháng 3/2026"; "Q4 2026". */
function periodLabel(
  o: Pick<Observation, 'periodKind' | 'year' | 'periodIndex'>,
  i18n: ReturnType<typeof useI18n>,
): string {
  const { t, lang } = i18n;
  if (o.periodKind === 'year' || o.periodIndex == null) return t('periodKind.year', { y: o.year });
  if (o.periodKind === 'quarter')
    return t('periodKind.quarter', {
      p: lang === 'vi' ? ROMAN[o.periodIndex - 1] : o.periodIndex,
      y: o.year,
    });
  return t('periodKind.month', { p: o.periodIndex, y: o.year });
}

function IndicatorView({ ind }: { ind: IndicatorDetail }) {
  const i18n = useI18n();
  const { t, tc, lang } = i18n;
  const user = useUser();
  const p = ind.progress;
  const fmt = (v: number | null | undefined) => formatValue(v, ind.unit, lang);
  const observations = [...ind.observations].sort(
    (a, b) => b.year - a.year || (b.periodIndex ?? 0) - (a.periodIndex ?? 0),
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="indicator-detail">
      <PageTitle
        title={ind.name}
        sub={[ind.unit, ind.ownerAgency?.name].filter(Boolean).join(' · ')}
        extra={
          <Space>
            <span data-testid="indicator-status">
              <ProgressTag status={p.status} colour={p.colour} />
            </span>
            <IllustrativeTag show={ind.illustrative} />
            <SourcePassageLink sourceId={ind.sourceId} span={ind.sourceSpan} />
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('ind.chart')} size="small">
            <IndicatorChart ind={ind} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('ind.progress')} size="small" style={{ height: '100%' }}>
            <Descriptions column={1} size="small" data-testid="indicator-progress">
              <Descriptions.Item label={t('field.status')}>
                <ProgressTag status={p.status} colour={p.colour} />
              </Descriptions.Item>
              <Descriptions.Item label={t('field.baseline')}>
                {p.baseline ? `${p.baseline.year}: ${fmt(p.baseline.value)}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.latest')}>
                {p.latest ? `${p.latest.year}: ${fmt(p.latest.value)}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.target')}>
                {p.targetValue != null ? `${p.targetYear}: ${fmt(p.targetValue)}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.ratio')}>{formatNumber(p.ratio, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('field.projection')}>
                {p.projection ? `${p.projection.year}: ${fmt(p.projection.value)}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.yearMeetsTarget')}>
                <span data-testid="year-meets-target">
                  {p.yearMeetsTarget ?? (p.latest ? t('ind.neverMeets') : '—')}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('field.direction')}>
                {tc('direction', ind.direction)}
              </Descriptions.Item>
              <Descriptions.Item label={t('field.owner')}>
                <AgencyLink agency={ind.ownerAgency} />
              </Descriptions.Item>
              {ind.adminUnitKey && (
                <Descriptions.Item label={t('field.adminUnit')}>{ind.adminUnitKey}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={canEnterObservation(user, ind) ? 16 : 24}>
          <Card title={t('ind.observations')} size="small">
            <Table<Observation>
              data-testid="observations-table"
              rowKey="id"
              size="small"
              pagination={observations.length > 20 ? { pageSize: 20 } : false}
              dataSource={observations}
              scroll={{ x: 760 }}
              locale={{ emptyText: <EmptyState text={t('ind.noObservations')} /> }}
              columns={[
                { title: t('field.period'), width: 110, render: (_v, o) => periodLabel(o, i18n) },
                { title: t('field.value'), width: 110, align: 'right', render: (_v, o) => fmt(o.value) },
                { title: t('field.state'), width: 120, render: (_v, o) => tc('obsState', o.state) },
                { title: t('field.agency'), width: 150, render: (_v, o) => <AgencyLink agency={o.agency} /> },
                { title: t('field.evidence'), width: 220, render: (_v, o) => o.evidence || '—' },
                { title: '', width: 100, render: (_v, o) => <IllustrativeTag show={o.illustrative} /> },
              ]}
            />
          </Card>
        </Col>
        {canEnterObservation(user, ind) && (
          <Col xs={24} xl={8}>
            <ObservationForm ind={ind} />
          </Col>
        )}
      </Row>
      <Card title={t('ind.targets')} size="small">
        <Table<Target>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...ind.targets].sort((a, b) => a.year - b.year)}
          scroll={{ x: 600 }}
          locale={{ emptyText: <EmptyState /> }}
          columns={[
            {
              title: t('field.targetYear'),
              width: 120,
              render: (_v, r) => (r.periodStart ? `${r.periodStart}–${r.year}` : r.year),
            },
            {
              title: t('field.target'),
              width: 160,
              render: (_v, r) => (r.valueMax != null ? `${fmt(r.value)} – ${fmt(r.valueMax)}` : fmt(r.value)),
            },
            {
              title: t('field.baseline'),
              width: 160,
              render: (_v, r) =>
                r.baselineYear != null ? `${r.baselineYear}: ${fmt(r.baselineValue)}` : '—',
            },
            { title: t('field.document'), render: (_v, r) => <DocumentLinkText doc={r.document} /> },
          ]}
        />
      </Card>
    </Space>
  );
}

/** The x position of an observation: a quarter or month sits inside its year. */
function xOf(o: Observation): number {
  if (o.periodKind === 'quarter' && o.periodIndex) return o.year - 1 + o.periodIndex / 4;
  if (o.periodKind === 'month' && o.periodIndex) return o.year - 1 + o.periodIndex / 12;
  return o.year;
}

function IndicatorChart({ ind }: { ind: IndicatorDetail }) {
  const { t, lang } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const p = ind.progress;
    const targets = [...ind.targets].sort((a, b) => a.year - b.year);
    const obs = [...ind.observations].sort((a, b) => xOf(a) - xOf(b));
    const baseline =
      p.baseline ??
      (targets[0]?.baselineYear != null && targets[0]?.baselineValue != null
        ? { year: targets[0].baselineYear, value: targets[0].baselineValue }
        : null);
    const path: [number, number][] = [];
    if (baseline) path.push([baseline.year, baseline.value]);
    for (const tg of targets) if (!baseline || tg.year > baseline.year) path.push([tg.year, tg.value]);
    const years = [...path.map((x) => x[0]), ...obs.map(xOf), p.projection?.year, p.yearMeetsTarget].filter(
      (y): y is number => typeof y === 'number',
    );
    const minYear = Math.floor(Math.min(...years)) - 1;
    const maxYear = Math.ceil(Math.max(...years)) + 1;
    const num = (v: number) => formatNumber(v, lang);
    const colour = COLOUR_HEX[p.colour] ?? '#1677ff';
    const projection: [number, number][] =
      p.latest && p.projection
        ? [
            [p.latest.year, p.latest.value],
            [p.projection.year, p.projection.value],
          ]
        : [];
    return {
      grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const x = params as { seriesName: string; value: [number, number] };
          const [year, value] = x.value;
          return `${x.seriesName}<br/>${Number.isInteger(year) ? year : num(year)}: <b>${formatValue(value, ind.unit, lang)}</b>`;
        },
      },
      xAxis: {
        type: 'value',
        min: minYear,
        max: maxYear,
        minInterval: 1,
        axisLabel: { formatter: (v: number) => (Number.isInteger(v) ? String(v) : '') },
      },
      yAxis: {
        type: 'value',
        scale: true,
        name: ind.unit,
        axisLabel: { formatter: (v: number) => num(v) },
      },
      series: [
        {
          id: 'targetPath',
          name: t('ind.series.targetPath'),
          type: 'line',
          data: path,
          lineStyle: { type: 'dashed', color: '#1d4e89', width: 2 },
          itemStyle: { color: '#1d4e89' },
          symbol: 'none',
          z: 1,
        },
        {
          id: 'targets',
          name: t('ind.series.targets'),
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 14,
          data: targets.map((tg) => [tg.year, tg.value]),
          itemStyle: { color: '#1d4e89' },
          label: {
            show: true,
            position: 'top',
            formatter: (x: { value: unknown }) => formatValue((x.value as number[])[1], ind.unit, lang),
          },
          z: 3,
        },
        ...(baseline
          ? [
              {
                id: 'baseline',
                name: t('ind.series.baseline'),
                type: 'scatter' as const,
                symbol: 'rect',
                symbolSize: 12,
                data: [[baseline.year, baseline.value]],
                itemStyle: { color: '#595959' },
                z: 3,
              },
            ]
          : []),
        {
          id: 'observations',
          name: t('ind.series.observations'),
          type: 'line',
          data: obs.map((o) => [xOf(o), o.value]),
          itemStyle: { color: colour },
          lineStyle: { color: colour, width: 3 },
          symbolSize: 9,
          label: {
            show: obs.length <= 8,
            position: 'bottom',
            formatter: (x: { value: unknown }) => num((x.value as number[])[1]),
          },
          z: 4,
        },
        ...(projection.length
          ? [
              {
                id: 'projection',
                name: t('ind.series.projection'),
                type: 'line' as const,
                data: projection,
                lineStyle: { type: 'dotted' as const, color: colour, width: 2 },
                itemStyle: { color: colour },
                symbol: 'emptyCircle',
                symbolSize: 8,
                z: 2,
                markLine:
                  p.yearMeetsTarget != null
                    ? {
                        symbol: 'none',
                        silent: true,
                        lineStyle: { color: '#389e0d', type: 'solid' as const },
                        label: {
                          formatter: t('ind.meetsIn', { y: p.yearMeetsTarget }),
                          position: 'insideEndTop' as const,
                        },
                        data: [{ xAxis: p.yearMeetsTarget }],
                      }
                    : undefined,
              },
            ]
          : []),
      ],
    };
  }, [ind, t, lang]);
  if (!ind.targets.length && !ind.observations.length) return <EmptyState />;
  return (
    <Suspense fallback={<Loading />}>
      <EChart testId="indicator-chart" label={t('ind.chart')} option={option} height={340} />
    </Suspense>
  );
}

type PeriodKind = Observation['periodKind'];

interface ObservationValues {
  periodKind: PeriodKind;
  year: number | null;
  periodIndex?: number | null;
  value: string;
  evidence?: string;
}

/** Today's date in Vietnam, as ISO (deadlines and periods are Vietnamese calendar days). */
function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The first day of a year, quarter or month, as ISO. */
function periodStart(kind: PeriodKind, year: number, index: number | null | undefined): string {
  const month = kind === 'quarter' ? ((index ?? 1) - 1) * 3 + 1 : kind === 'month' ? (index ?? 1) : 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

const QUARTERS = [1, 2, 3, 4];
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const ROMAN = ['I', 'II', 'III', 'IV'];
/** Where the server's reasons go: its detail paths, by their last part. */
const FIELDS = ['periodKind', 'year', 'periodIndex', 'value', 'evidence'];

function ObservationForm({ ind }: { ind: IndicatorDetail }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<ObservationValues>();
  const kind = Form.useWatch('periodKind', form) ?? 'year';
  const queryClient = useQueryClient();
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  const minYear = 1990;
  // A period that has not begun has no figure yet (the server says the same).
  const notFuture = async () => {
    const { periodKind, year, periodIndex } = form.getFieldsValue();
    if (!year || (periodKind !== 'year' && !periodIndex)) return;
    if (periodStart(periodKind, year, periodIndex) <= today) return;
    const label = periodLabel({ periodKind, year, periodIndex: periodIndex ?? null }, i18n);
    throw new Error(t('ind.entry.future', { period: lang === 'vi' ? label.toLowerCase() : label }));
  };
  const mutation = useMutation({
    mutationFn: (body: {
      periodKind: PeriodKind;
      year: number;
      periodIndex: number | null;
      value: number;
      evidence?: string;
    }) => api(`/indicators/${ind.id}/observations`, { method: 'POST', body }),
    onSuccess: async () => {
      message.success(t('ind.entry.saved'));
      form.resetFields();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['indicators'] }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]);
    },
    onError: (err) => {
      const text = errorText(err, lang, t('common.error'), t('common.networkError'));
      if (err instanceof ApiError && err.details?.length) {
        // Put the server's reasons beside the fields they are about: a rule of ours (a period not
        // begun, already reported, an implausible value) in the person's language.
        const ours = err.code !== 'validation_failed' && err.code !== 'invalid_date';
        form.setFields(
          err.details.map((d) => {
            const path = Array.isArray(d.path) ? d.path : String(d.path).split('.');
            const name = String(path[path.length - 1]);
            return {
              name: (FIELDS.includes(name) ? name : 'value') as keyof ObservationValues,
              errors: [ours ? text : d.message],
            };
          }),
        );
      }
      message.error(text);
    },
  });
  return (
    <Card title={t('ind.entry.title')} size="small" style={{ height: '100%' }}>
      <Form<ObservationValues>
        form={form}
        layout="vertical"
        name="observation"
        initialValues={{ periodKind: 'year', year: thisYear, value: '' }}
        onFinish={(v) => {
          const value = parseNumber(v.value, lang) as number;
          mutation.mutate({
            periodKind: v.periodKind,
            year: v.year as number,
            periodIndex: v.periodKind === 'year' ? null : (v.periodIndex ?? null),
            value,
            evidence: v.evidence?.trim() || undefined,
          });
        }}
      >
        <Form.Item label={t('ind.entry.kind')} name="periodKind">
          <Radio.Group
            optionType="button"
            onChange={() => form.setFieldValue('periodIndex', null)}
            options={(['year', 'quarter', 'month'] as const).map((k) => ({
              value: k,
              label: t(`ind.entry.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Row gutter={8}>
          <Col span={kind === 'year' ? 24 : 12}>
            <Form.Item
              label={t('field.year')}
              name="year"
              dependencies={['periodKind']}
              rules={[
                { required: true, message: t('ind.entry.yearRequired') },
                {
                  type: 'number',
                  min: minYear,
                  max: thisYear,
                  message: t('ind.entry.yearRange', { min: minYear, max: thisYear }),
                },
                ...(kind === 'year' ? [{ validator: notFuture }] : []),
              ]}
            >
              <InputNumber style={{ width: '100%' }} controls={false} precision={0} />
            </Form.Item>
          </Col>
          {kind !== 'year' && (
            <Col span={12}>
              <Form.Item
                label={t(kind === 'quarter' ? 'ind.entry.quarter' : 'ind.entry.month')}
                name="periodIndex"
                dependencies={['year', 'periodKind']}
                rules={[
                  {
                    required: true,
                    message: t(kind === 'quarter' ? 'ind.entry.quarterRequired' : 'ind.entry.monthRequired'),
                  },
                  { validator: notFuture },
                ]}
              >
                <Select
                  // Twelve options at most: all in the page (a virtual list leaves the last months out).
                  virtual={false}
                  options={(kind === 'quarter' ? QUARTERS : MONTHS).map((n) => ({
                    value: n,
                    label: kind === 'quarter' ? ROMAN[n - 1] : String(n),
                  }))}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item
          label={`${t('field.value')}${ind.unit ? ` (${ind.unit})` : ''}`}
          name="value"
          rules={[
            { required: true, whitespace: true, message: t('ind.entry.valueRequired') },
            {
              validator: (_r, v: string) =>
                !v || parseNumber(v, lang) != null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ind.entry.valueNumber'))),
            },
          ]}
        >
          <Input inputMode="decimal" placeholder={lang === 'vi' ? '40,5' : '40.5'} />
        </Form.Item>
        <Form.Item label={t('field.evidence')} name="evidence">
          <Input.TextArea rows={2} placeholder={t('ind.entry.evidenceHint')} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('ind.entry.submit')}
        </Button>
        <Link to="/indicators" style={{ marginLeft: 12 }}>
          {t('common.back')}
        </Link>
      </Form>
    </Card>
  );
}
