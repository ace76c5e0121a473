// One error module: stable codes, a fitting HTTP status, and the message in Vietnamese and English.
// Every layer throws AppError (here, below the server, so ingest and the CLI need not reach up into it); the
// server's error handler (server/plugins/errors.ts) shapes every failure the same way:
// { error: { code, message, messages: { vi, en }, details? } }.

export type Lang = 'vi' | 'en';

const CATALOGUE = {
  validation_failed: { status: 400, vi: 'Dữ liệu không hợp lệ.', en: 'The data is not valid.' },
  invalid_date: { status: 400, vi: 'Ngày không hợp lệ.', en: 'The date is not valid.' },
  invalid_json: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  unknown_agency: { status: 400, vi: 'Cơ quan, đơn vị không tồn tại.', en: 'No such agency.' },
  unknown_document: { status: 400, vi: 'Văn bản không tồn tại.', en: 'No such document.' },
  unknown_indicator: { status: 400, vi: 'Chỉ tiêu không tồn tại.', en: 'No such indicator.' },
  unknown_admin_unit: {
    status: 400,
    vi: 'Đơn vị hành chính không tồn tại.',
    en: 'No such administrative unit.',
  },
  unauthenticated: {
    status: 401,
    vi: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
    en: 'You are not signed in, or your session has expired.',
  },
  bad_credentials: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  forbidden: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  not_your_agency: {
    status: 403,
    vi: 'Bạn chỉ được cập nhật nhiệm vụ và số liệu của cơ quan mình.',
    en: "You may only change your own agency's tasks and figures.",
  },
  observation_future_period: {
    status: 400,
    vi: 'Kỳ số liệu chưa bắt đầu: chưa thể có số liệu thực hiện.',
    en: 'That period has not begun: it can have no actual figure yet.',
  },
  observation_out_of_range: {
    status: 400,
    vi: 'Giá trị nằm ngoài khoảng hợp lý của chỉ tiêu.',
    en: "The value is outside the indicator's plausible range.",
  },
  observation_duplicate: {
    status: 409,
    vi: 'Chỉ tiêu đã có số liệu thực hiện của kỳ này.',
    en: 'The indicator already has an actual figure for this period.',
  },
  not_found: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  conflict: { status: 409, vi: 'Dữ liệu đã tồn tại hoặc xung đột.', en: 'This already exists or conflicts.' },
  in_use: {
    status: 409,
    vi: 'Không thể xóa vì còn dữ liệu liên quan.',
    en: 'It cannot be deleted while other records refer to it.',
  },
  payload_too_large: {
    status: 413,
    vi: 'Nội dung gửi lên quá lớn.',
    en: 'The request is too large.',
  },
  unsupported_media_type: {
    status: 415,
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'This content type is not supported.',
  },
  file_too_large: {
    status: 413,
    vi: 'Tệp quá lớn (tối đa 20 MB).',
    en: 'The file is too large (20 MB at most).',
  },
  unsupported_file_type: {
    status: 415,
    vi: 'Chỉ nhận tệp .txt, .docx, .html hoặc .pdf.',
    en: 'Only .txt, .docx, .html and .pdf files can be imported.',
  },
  empty_file: { status: 422, vi: 'Tệp không có nội dung văn bản.', en: 'The file has no text in it.' },
  unreadable_file: {
    status: 422,
    vi: 'Không đọc được tệp: tệp hỏng hoặc không đúng định dạng.',
    en: 'The file cannot be read: it is damaged or not what its name says.',
  },
  scanned_pdf: {
    status: 422,
    vi: 'Tệp PDF là ảnh quét, không có lớp chữ. Hãy nhận dạng chữ (OCR) trước khi nhập.',
    en: 'This PDF is a scan without a text layer. Run text recognition (OCR) on it first.',
  },
  rate_limited: {
    status: 429,
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
    en: 'Too many requests; try again later.',
  },
  internal: {
    status: 500,
    vi: 'Lỗi hệ thống. Vui lòng thử lại.',
    en: 'Something went wrong on our side. Please retry.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof CATALOGUE;

export interface ErrorDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: ErrorDetail[];
  /** Overrides of the catalogue's wording, when the case needs saying more precisely. */
  readonly messages: { vi: string; en: string };

  constructor(code: ErrorCode, options: { details?: ErrorDetail[]; vi?: string; en?: string } = {}) {
    const entry = CATALOGUE[code];
    super(options.en ?? entry.en);
    this.name = 'AppError';
    this.code = code;
    this.status = entry.status;
    this.details = options.details;
    this.messages = { vi: options.vi ?? entry.vi, en: options.en ?? entry.en };
  }
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    messages: { vi: string; en: string };
    details?: ErrorDetail[];
  };
}

export function errorBody(err: AppError, lang: Lang): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.messages[lang],
      messages: err.messages,
      ...(err.details ? { details: err.details } : {}),
    },
  };
}

/** The user's language: a `lang` cookie set by the web app, else Accept-Language; Vietnamese first. */
export function pickLang(cookieLang: string | undefined, acceptLanguage: string | undefined): Lang {
  if (cookieLang === 'en' || cookieLang === 'vi') return cookieLang;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
