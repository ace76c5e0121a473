// Strings of the import and review pages (issue 5), in both languages. Kept beside these pages so the
// shared dictionaries only gain their menu entry; the keys follow the glossary (Nguồn, Chờ duyệt).
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const vi = {
  title: 'Nguồn',
  sub: 'Văn bản, bài báo đã nhập và hàng chờ duyệt',
  paste: 'Dán văn bản',
  pasteHint: 'Dán nội dung văn bản hoặc bài báo…',
  file: 'Tải tệp (.txt, .docx, .html, .pdf; tối đa 20 MB)',
  titleField: 'Tiêu đề (không bắt buộc)',
  url: 'Đường dẫn (không bắt buộc)',
  submit: 'Nhập và trích xuất',
  duplicate: 'Văn bản này đã có trong hệ thống; mở nguồn đã có.',
  bulk: 'Nhập hàng loạt',
  bulkHint:
    'Chọn nhiều tệp hoặc kho .jsonl ({id, text, date?, url?, title?} mỗi dòng). Chạy nền; tệp hỏng được liệt kê và bỏ qua.',
  bulkAccept: 'Tự động chấp nhận (kho dữ liệu tin cậy)',
  bulkStart: 'Bắt đầu nhập',
  progress: '{done}/{total} · {rate}/giây · còn khoảng {eta}',
  skipped: 'Bỏ qua',
  jobs: 'Các lần nhập',
  queue: 'Chờ duyệt',
  all: 'Tất cả',
  state: 'Trạng thái',
  items: 'Mục trích xuất',
  created: 'Ngày nhập',
  'state.pending': 'Chờ duyệt',
  'state.in_review': 'Đang duyệt',
  'state.reviewed': 'Đã duyệt',
  'state.rejected': 'Đã loại',
  review: 'Duyệt',
  accept: 'Chấp nhận',
  edit: 'Sửa',
  reject: 'Loại',
  acceptAll: 'Chấp nhận tất cả',
  rejectAll: 'Loại tất cả',
  accepted: 'Đã chấp nhận',
  rejectedItem: 'Đã loại',
  undecided: 'Chưa duyệt',
  open: 'Mở bản ghi',
  done: 'Đã chấp nhận {accepted}, loại {rejected}; tạo mới {created}, liên kết {linked}.',
  none: 'Không có mục nào.',
  save: 'Lưu và chấp nhận',
  cancel: 'Hủy',
  'f.symbol': 'Số, ký hiệu',
  'f.title': 'Trích yếu',
  'f.kind': 'Loại văn bản',
  'f.date': 'Ngày ban hành (YYYY-MM-DD)',
  'f.indicator': 'Chỉ tiêu',
  'f.value': 'Giá trị',
  'f.unit': 'Đơn vị',
  'f.year': 'Năm',
  'f.scope': 'Phạm vi (tỉnh, thành phố)',
  'f.text': 'Nội dung nhiệm vụ',
  'f.lead': 'Cơ quan chủ trì',
  'f.partners': 'Cơ quan phối hợp (cách nhau bởi dấu ;)',
  'f.deadline': 'Thời hạn (2025-12-31, 2025-Q4, 2025-06 hoặc năm)',
  proposals: 'Cơ quan đề xuất mới',
  proposalsHint:
    'Nhiệm vụ đã chấp nhận nêu cơ quan chưa có trong danh mục. Xác nhận để tạo cơ quan và gán cho nhiệm vụ.',
  confirm: 'Xác nhận',
  source: 'Nguồn',
};
type Key = keyof typeof vi;
const en: Record<Key, string> = {
  title: 'Sources',
  sub: 'Imported documents and articles, and the review queue',
  paste: 'Paste text',
  pasteHint: 'Paste the text of a document or an article…',
  file: 'Upload a file (.txt, .docx, .html, .pdf; 20 MB at most)',
  titleField: 'Title (optional)',
  url: 'Link (optional)',
  submit: 'Import and extract',
  duplicate: 'This text is already here; opening the existing source.',
  bulk: 'Bulk import',
  bulkHint:
    'Pick many files or .jsonl corpora ({id, text, date?, url?, title?} a line). Runs in the background; bad files are listed and skipped.',
  bulkAccept: 'Accept automatically (trusted corpus)',
  bulkStart: 'Start import',
  progress: '{done}/{total} · {rate}/s · about {eta} left',
  skipped: 'Skipped',
  jobs: 'Imports',
  queue: 'Review queue',
  all: 'All',
  state: 'State',
  items: 'Extracted items',
  created: 'Imported on',
  'state.pending': 'Waiting for review',
  'state.in_review': 'In review',
  'state.reviewed': 'Reviewed',
  'state.rejected': 'Rejected',
  review: 'Review',
  accept: 'Accept',
  edit: 'Edit',
  reject: 'Reject',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  accepted: 'Accepted',
  rejectedItem: 'Rejected',
  undecided: 'Not reviewed',
  open: 'Open the record',
  done: 'Accepted {accepted}, rejected {rejected}; created {created}, linked {linked}.',
  none: 'No items.',
  save: 'Save and accept',
  cancel: 'Cancel',
  'f.symbol': 'Number',
  'f.title': 'Subject',
  'f.kind': 'Kind',
  'f.date': 'Issued on (YYYY-MM-DD)',
  'f.indicator': 'Indicator',
  'f.value': 'Value',
  'f.unit': 'Unit',
  'f.year': 'Year',
  'f.scope': 'Scope (province, city)',
  'f.text': 'Task',
  'f.lead': 'Lead agency',
  'f.partners': 'Partner agencies (separated by ;)',
  'f.deadline': 'Deadline (2025-12-31, 2025-Q4, 2025-06 or a year)',
  proposals: 'Proposed new agencies',
  proposalsHint:
    'Accepted tasks name agencies not in the list yet. Confirm to create the agency and assign it to the tasks.',
  confirm: 'Confirm',
  source: 'Source',
};

export function useReviewText() {
  const { lang } = useI18n();
  const dict = lang === 'en' ? en : vi;
  return (key: Key, params?: Record<string, string | number>) =>
    params
      ? dict[key].replace(/\{(\w+)\}/g, (w, n: string) => (params[n] === undefined ? w : String(params[n])))
      : dict[key];
}

/** Sends a multipart form to the API, with the same error shape as `api()`. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const res = await fetch(`/api${path}`, { method: 'POST', body: form, credentials: 'include' });
  const json = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (
      json as { error?: { code?: string; message?: string; messages?: { vi?: string; en?: string } } } | null
    )?.error;
    throw new ApiError(res.status, e?.code ?? 'error', e?.message ?? res.statusText, e?.messages);
  }
  return json as T;
}

export interface SourceSummary {
  id: number;
  kind: string;
  title: string | null;
  url: string | null;
  fileName: string | null;
  publishedOn: string | null;
  reviewState: 'pending' | 'in_review' | 'reviewed' | 'rejected';
  length: number;
  counts: { documents: number; targets: number; results: number; tasks: number };
  createdAt: string;
}

export interface ImportProgress {
  id: number;
  label: string;
  state: 'planning' | 'running' | 'done';
  total: number;
  done: number;
  failed: number;
  duplicates: number;
  pending: number;
  rate: number;
  etaSeconds: number | null;
  errors: { ref: string; error: string }[];
}
