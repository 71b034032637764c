import CPoppler
import Foundation

/// A PDF opened with poppler's GLib interface, whose document (and the bytes it reads from) are
/// owned here and freed when this value ends. The corresponding C function is
/// `poppler_document_new_from_bytes`.
///
/// No poppler pointer leaves this file: pages are read into `PDFLine`s, the document's
/// information into Swift values.
struct PDFDocument: ~Copyable {
    private let document: OpaquePointer
    private let data: OpaquePointer

    /// poppler creates its global parameters on the first document it opens, without a lock; open
    /// one (a file too short to be a PDF) once, before threads share poppler.
    private static let initialised: Void = {
        let empty = g_bytes_new(nil, 0)
        var error: UnsafeMutablePointer<GError>?
        if let document = poppler_document_new_from_bytes(empty, nil, &error) {
            g_object_unref(UnsafeMutableRawPointer(document))
        }
        if let error { g_error_free(error) }
        g_bytes_unref(empty)
    }()

    /// Opens `bytes` without a password. An encrypted document that needs one, and bytes poppler
    /// cannot read as a PDF, are refused with a reason that says which.
    init(bytes: [UInt8], path: String) throws(VeilleError) {
        _ = Self.initialised
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        guard let data else { throw VeilleError(.io, path: path, "Could not copy the PDF for poppler.") }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            g_bytes_unref(data)
            throw Self.refusal(error, path: path)
        }
        if let error { g_error_free(error) }
        self.document = document
        self.data = data
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(document))
        g_bytes_unref(data)
    }

    /// The reason a document could not be opened, from poppler's error, which it frees.
    private static func refusal(_ error: UnsafeMutablePointer<GError>?, path: String) -> VeilleError {
        defer { if let error { g_error_free(error) } }
        let message = error?.pointee.message.map { String(cString: $0) } ?? "no reason given"
        if let error, error.pointee.domain == poppler_error_quark(), error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
        {
            return VeilleError(
                .unreadable, path: path, "encrypted PDF: it opens only with a password, which Veille does not have.")
        }
        return VeilleError(.undecodable, path: path, "damaged PDF: poppler could not read it (\(message)).")
    }

    /// The number of pages, as the page tree counts them: `poppler_document_get_n_pages`.
    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// The Title of the document information, when set: `poppler_document_get_title`.
    var title: String? { Self.taking(poppler_document_get_title(document)) }

    /// The creation date, else the modification date, when either is set:
    /// `poppler_document_get_creation_date`.
    var date: Date? {
        for seconds in [poppler_document_get_creation_date(document), poppler_document_get_modification_date(document)]
        where seconds > 0 {
            return Date(timeIntervalSince1970: Double(seconds))
        }
        return nil
    }

    /// The text of page `index` (from 0) in poppler's reading order, one `PDFLine` per line with
    /// where it lies on the page: `poppler_page_get_text` and `poppler_page_get_text_layout`.
    func lines(onPage index: Int) -> [PDFLine] {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        guard let text = Self.taking(poppler_page_get_text(page)) else { return [] }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else {
            return PDFLine.lines(text, boxes: UnsafeBufferPointer(start: nil, count: 0))
        }
        defer { g_free(rectangles) }
        let boxes = UnsafeBufferPointer(start: rectangles, count: Int(count)).map {
            PDFLine.Box(left: $0.x1, top: $0.y1, right: $0.x2, bottom: $0.y2)
        }
        return boxes.withUnsafeBufferPointer { PDFLine.lines(text, boxes: $0) }
    }

    /// A string poppler allocated, freed once copied.
    private static func taking(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        return String(cString: pointer)
    }
}
