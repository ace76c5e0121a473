// The demo dataset, built from the facts of the two seed articles (a working session of the Central
// Economic Commission in Thái Nguyên on two projects to 2030; the national conference on Resolution
// 11-NQ/TW) and written in the project's own words. Facts, figures, names and number-symbols carry over.
// Everything the articles do not state (an observed value, a completion date, a department's role, a
// user) is marked `illustrative: true` and shown as such in the app.
//
// Records refer to one another by `key`; the loader (src/cli/demo-data.ts) turns keys into ids.

import type { AgencyKind } from '../src/db/schema.ts';
import type { Deadline } from '../src/domain/deadline.ts';

export interface DemoAgency {
  key: string;
  name: string;
  shortName?: string;
  kind: AgencyKind;
  parent?: string;
  adminUnitKey?: string;
  illustrative?: boolean;
}

export interface DemoDocument {
  key: string;
  kind: string;
  symbol?: string;
  issuer?: string;
  issuerAgency?: string;
  issuedOn?: string;
  title: string;
  summary: string;
  horizonYear?: number;
  visionYear?: number;
  status: 'draft' | 'in_force' | 'replaced' | 'expired';
  dueOn?: string;
  illustrative?: boolean;
}

export interface DemoTask {
  key: string;
  text: string;
  document?: string;
  meeting?: string;
  lead?: string;
  partners?: string[];
  deadline: Deadline;
  /** Illustrative whenever set: the articles report no completions. */
  completedOn?: string;
  progress?: number;
  directedBy?: string;
  illustrative?: boolean;
}

const TN = 'thai-nguyen';

export const demo = {
  agencies: [
    { key: 'bch-tw', name: 'Ban Chấp hành Trung ương Đảng', shortName: 'BCH TW', kind: 'party' },
    { key: 'bo-chinh-tri', name: 'Bộ Chính trị', shortName: 'BCT', kind: 'party', parent: 'bch-tw' },
    { key: 'ban-bi-thu', name: 'Ban Bí thư', shortName: 'BBT', kind: 'party', parent: 'bch-tw' },
    {
      key: 'ban-kinh-te-tw',
      name: 'Ban Kinh tế Trung ương',
      shortName: 'BKTTW',
      kind: 'party',
      parent: 'bch-tw',
    },
    {
      key: 'to-bien-tap',
      name: 'Tổ biên tập các đề án',
      shortName: 'Tổ biên tập',
      kind: 'party',
      parent: 'ban-kinh-te-tw',
    },
    { key: 'quoc-hoi', name: 'Quốc hội', shortName: 'QH', kind: 'state' },
    { key: 'chinh-phu', name: 'Chính phủ', shortName: 'CP', kind: 'state' },
    {
      key: 'tinh-uy-tn',
      name: 'Tỉnh ủy Thái Nguyên',
      shortName: 'TU Thái Nguyên',
      kind: 'party',
      adminUnitKey: TN,
    },
    {
      key: 'doan-dbqh-tn',
      name: 'Đoàn đại biểu Quốc hội tỉnh Thái Nguyên',
      shortName: 'Đoàn ĐBQH tỉnh',
      kind: 'state',
      parent: 'quoc-hoi',
      adminUnitKey: TN,
    },
    {
      key: 'ubnd-tn',
      name: 'Ủy ban nhân dân tỉnh Thái Nguyên',
      shortName: 'UBND tỉnh',
      kind: 'committee',
      adminUnitKey: TN,
    },
    // The departments below are not named in the articles ("các Sở, Ngành của tỉnh"): the demo assigns
    // the province's tasks to them to show how assignment works, so they are illustrative.
    {
      key: 'vp-ubnd-tn',
      name: 'Văn phòng UBND tỉnh Thái Nguyên',
      shortName: 'VP UBND tỉnh',
      kind: 'department',
      parent: 'ubnd-tn',
      adminUnitKey: TN,
      illustrative: true,
    },
    {
      key: 'so-xd-tn',
      name: 'Sở Xây dựng tỉnh Thái Nguyên',
      shortName: 'Sở XD',
      kind: 'department',
      parent: 'ubnd-tn',
      adminUnitKey: TN,
      illustrative: true,
    },
    {
      key: 'so-tc-tn',
      name: 'Sở Tài chính tỉnh Thái Nguyên',
      shortName: 'Sở TC',
      kind: 'department',
      parent: 'ubnd-tn',
      adminUnitKey: TN,
      illustrative: true,
    },
    {
      key: 'so-ct-tn',
      name: 'Sở Công Thương tỉnh Thái Nguyên',
      shortName: 'Sở CT',
      kind: 'department',
      parent: 'ubnd-tn',
      adminUnitKey: TN,
      illustrative: true,
    },
    {
      key: 'so-nv-tn',
      name: 'Sở Nội vụ tỉnh Thái Nguyên',
      shortName: 'Sở NV',
      kind: 'department',
      parent: 'ubnd-tn',
      adminUnitKey: TN,
      illustrative: true,
    },
    {
      key: 'so-khcn-tn',
      name: 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên',
      shortName: 'Sở KH&CN',
      kind: 'department',
      parent: 'ubnd-tn',
      adminUnitKey: TN,
      illustrative: true,
    },
  ] satisfies DemoAgency[],

  people: [
    { name: 'Nguyễn Phú Trọng', titles: ['Tổng Bí thư'], agency: 'ban-bi-thu' },
    { name: 'Nguyễn Xuân Phúc', titles: ['Chủ tịch nước'], agency: 'bch-tw' },
    { name: 'Phạm Minh Chính', titles: ['Thủ tướng Chính phủ'], agency: 'chinh-phu' },
    { name: 'Vương Đình Huệ', titles: ['Chủ tịch Quốc hội'], agency: 'quoc-hoi' },
    {
      name: 'Nguyễn Thanh Hải',
      titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Trưởng Đoàn đại biểu Quốc hội tỉnh'],
      agency: 'tinh-uy-tn',
    },
  ],

  documents: [
    {
      key: 'nq-37',
      kind: 'Nghị quyết',
      symbol: '37-NQ/TW',
      issuer: 'Bộ Chính trị',
      issuerAgency: 'bo-chinh-tri',
      issuedOn: '2004-07-01',
      title:
        'Về phương hướng phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng trung du và miền núi Bắc Bộ đến năm 2020',
      summary:
        'Nghị quyết năm 2004 định hướng phát triển vùng trung du và miền núi Bắc Bộ đến năm 2020. Sau 17 năm thực hiện, vùng vẫn chậm phát triển so với cả nước; Nghị quyết 11-NQ/TW năm 2022 thay thế về định hướng.',
      horizonYear: 2020,
      status: 'replaced',
    },
    {
      key: 'nq-11',
      kind: 'Nghị quyết',
      symbol: '11-NQ/TW',
      issuer: 'Bộ Chính trị',
      issuerAgency: 'bo-chinh-tri',
      issuedOn: '2022-02-10',
      title:
        'Về phương hướng phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng trung du và miền núi Bắc Bộ đến năm 2030, tầm nhìn đến năm 2045',
      summary:
        'Nghị quyết kế tục Nghị quyết 37-NQ/TW, mở đường cho cơ chế, chính sách mới để thu hút nguồn lực phát triển vùng trung du và miền núi Bắc Bộ. Mỗi bộ, ngành và địa phương phải có kế hoạch thực hiện với mục tiêu và giải pháp cụ thể.',
      horizonYear: 2030,
      visionYear: 2045,
      status: 'in_force',
    },
    {
      key: 'kh-tn-11',
      kind: 'Kế hoạch',
      issuer: 'Tỉnh ủy Thái Nguyên',
      issuerAgency: 'tinh-uy-tn',
      title: 'Kế hoạch của tỉnh Thái Nguyên thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị',
      summary:
        'Những việc tỉnh Thái Nguyên lên kế hoạch làm để dẫn đầu vùng về công nghiệp điện tử và cơ khí chế tạo công nghệ cao: mở rộng mạng giao thông, ưu đãi riêng cho nhà đầu tư, cải cách hành chính, chuyển đổi số. (Số, ký hiệu và ngày ban hành của kế hoạch không nêu trong bài viết nguồn.)',
      horizonYear: 2030,
      visionYear: 2045,
      status: 'in_force',
      illustrative: true,
    },
    {
      key: 'qh-tn',
      kind: 'Quy hoạch',
      issuer: 'Tỉnh Thái Nguyên',
      title: 'Quy hoạch tổng thể tỉnh Thái Nguyên',
      summary:
        'Quy hoạch tổng thể đặt lộ trình tỷ lệ đô thị hóa của tỉnh Thái Nguyên: 36% năm 2020, 40,5% năm 2025 và 45% năm 2030.',
      horizonYear: 2030,
      status: 'in_force',
    },
    {
      key: 'da-do-thi',
      kind: 'Đề án',
      issuer: 'Ban Kinh tế Trung ương',
      issuerAgency: 'ban-kinh-te-tw',
      title: 'Đô thị hóa và phát triển đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045',
      summary:
        'Đề án do Ban Kinh tế Trung ương chủ trì xây dựng, khảo sát thực tiễn tại các địa phương, trình Bộ Chính trị trong quý IV năm 2020.',
      horizonYear: 2030,
      visionYear: 2045,
      status: 'draft',
      dueOn: '2020-12-31',
    },
    {
      key: 'da-vat-lieu',
      kind: 'Đề án',
      issuer: 'Ban Kinh tế Trung ương',
      issuerAgency: 'ban-kinh-te-tw',
      title: 'Phát triển công nghiệp vật liệu đến năm 2030, tầm nhìn đến năm 2045',
      summary:
        'Đề án về công nghiệp vật liệu của cả nước, xây dựng song song với đề án đô thị hóa và cùng trình Bộ Chính trị trong quý IV năm 2020.',
      horizonYear: 2030,
      visionYear: 2045,
      status: 'draft',
      dueOn: '2020-12-31',
    },
  ] satisfies DemoDocument[],

  links: [
    { from: 'nq-11', to: 'nq-37', kind: 'replaces', note: 'Kế tục sau 17 năm thực hiện Nghị quyết 37-NQ/TW' },
    { from: 'kh-tn-11', to: 'nq-11', kind: 'implements' },
    { from: 'kh-tn-11', to: 'qh-tn', kind: 'mentions', note: 'Các chỉ tiêu đô thị hóa của tỉnh' },
    {
      from: 'qh-tn',
      to: 'da-do-thi',
      kind: 'mentions',
      note: 'Số liệu tỉnh cung cấp cho việc xây dựng đề án',
    },
  ] as const,

  meetings: [
    {
      key: 'khao-sat-tn',
      kind: 'working_session',
      title: 'Ban Kinh tế Trung ương làm việc với tỉnh Thái Nguyên về hai đề án đến năm 2030',
      place: 'Thái Nguyên',
      chair: 'Phó Trưởng ban Kinh tế Trung ương',
      conclusions:
        'Theo đoàn công tác, hai đề án giúp nhìn lại toàn diện tình hình đô thị và ngành vật liệu trên cả nước; những gì Thái Nguyên đã làm được là dữ liệu thực tế để Ban Kinh tế Trung ương và Tổ biên tập chỉnh sửa đề án trước khi trình Bộ Chính trị.',
      document: 'da-do-thi',
    },
    {
      key: 'hn-11',
      kind: 'conference',
      title: 'Hội nghị toàn quốc quán triệt, triển khai Nghị quyết số 11-NQ/TW',
      heldOnText: '15-4',
      place: 'Trực tuyến, điểm cầu Thái Nguyên',
      chair: 'Tổng Bí thư Nguyễn Phú Trọng',
      conclusions:
        'Lần đầu tiên một vùng có hội nghị toàn quốc riêng. Cấp ủy các cấp tổ chức học tập Nghị quyết; bộ, ngành và địa phương sớm ban hành kế hoạch của mình.',
      document: 'nq-11',
    },
  ] as const,

  indicators: [
    {
      key: 'do-thi-hoa-tn',
      name: 'Tỷ lệ đô thị hóa',
      unit: '%',
      direction: 'higher',
      adminUnitKey: TN,
      owner: 'so-xd-tn',
      description: 'Tỷ lệ dân số đô thị trên tổng dân số của tỉnh Thái Nguyên.',
      targets: [
        { value: 36, year: 2020, document: 'qh-tn' },
        { value: 40.5, year: 2025, document: 'qh-tn' },
        { value: 45, year: 2030, document: 'qh-tn' },
      ],
      // Not in the articles: figures invented to show the progress method at work.
      observations: [
        { year: 2020, value: 35.8 },
        { year: 2021, value: 36.6 },
        { year: 2022, value: 37.4 },
        { year: 2023, value: 38.2 },
        { year: 2024, value: 39 },
      ],
    },
  ] as const,

  tasks: [
    {
      key: 'trinh-da-do-thi',
      text: 'Hoàn thiện và trình Bộ Chính trị Đề án "Đô thị hóa và phát triển đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045"',
      document: 'da-do-thi',
      meeting: 'khao-sat-tn',
      lead: 'ban-kinh-te-tw',
      partners: ['to-bien-tap'],
      deadline: { kind: 'quarter', year: 2020, quarter: 4 },
      completedOn: '2020-12-28',
      progress: 100,
      illustrative: true,
    },
    {
      key: 'trinh-da-vat-lieu',
      text: 'Hoàn thiện và trình Bộ Chính trị Đề án "Phát triển công nghiệp vật liệu đến năm 2030, tầm nhìn đến năm 2045"',
      document: 'da-vat-lieu',
      meeting: 'khao-sat-tn',
      lead: 'ban-kinh-te-tw',
      partners: ['to-bien-tap'],
      deadline: { kind: 'quarter', year: 2020, quarter: 4 },
    },
    {
      key: 'quan-triet-11',
      text: 'Quán triệt sâu rộng ý nghĩa, tầm quan trọng của Nghị quyết 11-NQ/TW trong các cấp ủy và tuyên truyền nội dung cốt lõi tới cán bộ, đảng viên và nhân dân',
      document: 'nq-11',
      meeting: 'hn-11',
      lead: 'tinh-uy-tn',
      deadline: { kind: 'recurring', every: 'quarter' },
      directedBy: 'Tổng Bí thư',
      illustrative: true,
    },
    {
      key: 'ke-hoach-11',
      text: 'Sớm ban hành kế hoạch của tỉnh thực hiện Nghị quyết 11-NQ/TW, bám sát tình hình địa phương, nêu rõ mục tiêu và cách làm, lồng ghép với Nghị quyết Đại hội XIII và kế hoạch 5 năm của tỉnh',
      document: 'nq-11',
      meeting: 'hn-11',
      lead: 'tinh-uy-tn',
      partners: ['ubnd-tn'],
      deadline: { kind: 'date', date: '2022-06-30' },
      completedOn: '2022-06-20',
      progress: 100,
      directedBy: 'Tổng Bí thư',
      illustrative: true,
    },
    {
      key: 'the-che-vung',
      text: 'Hoàn thiện thể chế, chính sách riêng cho vùng trung du và miền núi Bắc Bộ theo hướng tăng trưởng xanh, bền vững và gắn kết với các vùng kinh tế khác',
      document: 'nq-11',
      meeting: 'hn-11',
      lead: 'chinh-phu',
      deadline: { kind: 'year', year: 2025 },
      directedBy: 'Tổng Bí thư',
      progress: 60,
      illustrative: true,
    },
    {
      key: 'ha-tang-gt',
      text: 'Dồn vốn cho hạ tầng, trước hết là đường giao thông nối các hành lang kinh tế của vùng',
      document: 'kh-tn-11',
      lead: 'so-xd-tn',
      partners: ['so-tc-tn'],
      deadline: { kind: 'year', year: 2025 },
      completedOn: '2026-02-10',
      progress: 100,
      illustrative: true,
    },
    {
      key: 'chinh-sach-dau-tu',
      text: 'Ban hành ưu đãi riêng để kéo vốn và nhà đầu tư vào các khu, cụm công nghiệp điện tử và cơ khí chế tạo, tạo thành chuỗi sản xuất liên kết trong vùng',
      document: 'kh-tn-11',
      lead: 'so-tc-tn',
      partners: ['so-ct-tn'],
      deadline: { kind: 'date', date: '2026-12-15' },
      progress: 50,
      illustrative: true,
    },
    {
      key: 'cchc-cds',
      text: 'Đẩy mạnh cải cách hành chính và chuyển đổi số trong các cơ quan của tỉnh',
      document: 'kh-tn-11',
      lead: 'so-nv-tn',
      partners: ['so-khcn-tn'],
      deadline: { kind: 'recurring', every: 'quarter' },
      illustrative: true,
    },
  ] satisfies DemoTask[],

  /** Illustrative: the articles report no progress updates or explanations. */
  updates: [
    {
      task: 'ha-tang-gt',
      note: 'Đã hoàn thành các hạng mục hạ tầng giao thông kết nối của giai đoạn; chậm so với thời hạn do điều chỉnh vốn đầu tư công.',
      progress: 100,
      completedOn: '2026-02-10',
      user: 'editor',
    },
  ],
  explanations: [
    {
      task: 'ha-tang-gt',
      reason: 'Đề nghị giải trình lý do hoàn thành chậm so với thời hạn năm 2025.',
      answer:
        'Nguồn vốn đầu tư công được điều chỉnh giữa năm nên khởi công muộn; Sở đã đề xuất giải pháp bố trí vốn sớm cho giai đoạn sau.',
    },
  ],

  /** Demo-only accounts, password `lotrinh-demo`; never created outside the demo loader. */
  users: [
    { username: 'admin', name: 'Quản trị hệ thống (minh họa)', role: 'admin' },
    {
      username: 'coordinator',
      name: 'Chuyên viên theo dõi (minh họa)',
      role: 'coordinator',
      agency: 'vp-ubnd-tn',
    },
    { username: 'editor', name: 'Cán bộ Sở Xây dựng (minh họa)', role: 'agency_editor', agency: 'so-xd-tn' },
    { username: 'viewer', name: 'Lãnh đạo (minh họa)', role: 'viewer', agency: 'ubnd-tn' },
  ],
} as const;

export const DEMO_PASSWORD = 'lotrinh-demo';
