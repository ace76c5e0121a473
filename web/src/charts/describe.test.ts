import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages.ts';
import { describeChart } from './describe.ts';

const tOf =
  (lang: 'vi' | 'en') => (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
    translate(lang, key, p);

describe('chart descriptions for screen readers', () => {
  const bars = {
    yAxis: { type: 'category', data: ['Sở XD', 'Sở TC'] },
    xAxis: { type: 'value' },
    series: [
      { name: 'Hoàn thành đúng hạn', type: 'bar', data: [1200, 3] },
      { name: 'Quá hạn', type: 'bar', data: [0.5, 7] },
    ],
  };

  it('says in Vietnamese what a bar chart shows, with Vietnamese numbers', () => {
    expect(describeChart(bars, 'Nhiệm vụ theo cơ quan', 'vi', tOf('vi'))).toBe(
      'Nhiệm vụ theo cơ quan. Biểu đồ có 2 chuỗi số liệu. Hoàn thành đúng hạn: Sở XD: 1.200; Sở TC: 3. Quá hạn: Sở XD: 0,5; Sở TC: 7.',
    );
  });

  it('and in English', () => {
    expect(describeChart(bars, 'Tasks by agency', 'en', tOf('en'))).toContain(
      'Tasks by agency. The chart has 2 series. Hoàn thành đúng hạn: Sở XD: 1,200; Sở TC: 3.',
    );
  });

  it('reads [year, value] points without grouping the year, and says how many more there are', () => {
    const line = {
      xAxis: { type: 'value' },
      series: [
        {
          name: 'Số liệu thực hiện',
          type: 'line',
          data: Array.from({ length: 14 }, (_, i) => [2011 + i, 35.8 + i]),
        },
      ],
    };
    const text = describeChart(line, 'Diễn biến', 'vi', tOf('vi'));
    expect(text).toContain('Số liệu thực hiện: 2011: 35,8; 2012: 36,8;');
    expect(text).toContain('và 2 mục khác.');
    expect(describeChart({ series: [{ data: [[2025.75, 46.4]] }] }, 'x', 'vi', tOf('vi'))).toContain(
      'Chuỗi số liệu: 2025,75: 46,4.',
    );
  });

  it('names the nodes of a graph', () => {
    const graph = {
      series: [{ type: 'graph', name: 'Liên kết', data: [{ name: '11-NQ/TW' }, { name: '37-NQ/TW' }] }],
    };
    expect(describeChart(graph, 'Văn bản liên quan', 'vi', tOf('vi'))).toBe(
      'Văn bản liên quan. Biểu đồ có 1 chuỗi số liệu. Liên kết: 11-NQ/TW; 37-NQ/TW.',
    );
  });
});
