import { describe, expect, test } from 'vitest';
import { segment } from './text.ts';

const paragraphs = (t: string) => segment(t).paras.map(([a, b]) => t.slice(a, b));

describe('paragraphs', () => {
  test('a text wrapped at a fixed width is read as prose', () => {
    const text = [
      'Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành',
      'liên quan rà soát nguồn vốn đầu tư công năm 2026 và báo cáo kết quả trước ngày',
      '30/6/2026. Sở Kế hoạch và Đầu tư tổng hợp danh mục dự án trọng điểm của tỉnh',
      'Thái Nguyên để trình Hội đồng nhân dân tỉnh tại kỳ họp cuối năm.',
    ].join('\n');
    expect(paragraphs(text)).toHaveLength(1);
  });
  test('in a text of one-line paragraphs, a line under a heading ends before a capital', () => {
    const text = [
      'CHỈ THỊ',
      'về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan nhà nước',
      'Thực hiện chỉ đạo của Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ban, ngành nghiêm túc thực hiện các nội dung sau đây về giờ giấc làm việc, thái độ phục vụ người dân và doanh nghiệp.',
      'Các cơ quan công khai đường dây nóng để người dân phản ánh kịp thời.',
    ].join('\n');
    expect(paragraphs(text)).toHaveLength(4);
  });
});
