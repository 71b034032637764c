import CLibXML2
import Foundation

/// An HTML page handed to libxml2's HTML parser, whose parser context is owned here and freed
/// when this value ends.
///
/// The page is read with libxml2's SAX interface: `walk(_:)` parses it and hands each element
/// and text run to a visitor as the parser meets them, so no tree is built and freed again (a
/// third of the parser's time). The HTML parser still closes unclosed elements and recovers
/// from errors as it does when it builds a tree. No libxml2 pointer leaves this file. The
/// parser runs with NONET (no network), without NOENT or DTDLOAD (no entity expansion, no
/// external DTD) and without HUGE (libxml2's size and depth limits stay on), so hostile pages
/// cannot reach the network, the disk, or blow up memory.
struct HTMLDocument: ~Copyable {
    private let context: htmlParserCtxtPtr

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
    )

    /// libxml2 must be initialised once before threads share it.
    private static let initialised: Void = xmlInitParser()

    /// Prepares `bytes` with `xmlCreateMemoryParserCtxt`, set up for HTML as `htmlReadMemory`
    /// does. `encoding` nil lets libxml2 honour the page's own charset declaration; otherwise it
    /// names the encoding to use.
    init(bytes: [UInt8], encoding: String?, path: String) throws(VeilleError) {
        _ = Self.initialised
        guard bytes.count < Int(Int32.max) else {
            throw VeilleError(.tooLarge, path: path, "The page is too large for the HTML parser.")
        }
        let created = bytes.withUnsafeBufferPointer { buffer in
            // As htmlReadMemory does: libxml2's XML context reads undeclared bytes as UTF-8 until
            // a charset says otherwise, where an HTML context would guess Latin-1.
            buffer.withMemoryRebound(to: CChar.self) { xmlCreateMemoryParserCtxt($0.baseAddress, Int32($0.count)) }
        }
        guard let created else {
            throw VeilleError(.undecodable, path: path, "libxml2 could not parse the page: \(Self.lastErrorMessage()).")
        }
        context = created
        htmlCtxtUseOptions(context, Self.options)
        context.pointee.html = 1
        if let encoding, let handler = xmlFindCharEncodingHandler(encoding) {
            // As htmlReadMemory does: a named input encoding makes the parser ignore the page's.
            xmlSwitchToEncoding(context, handler)
            if let input = context.pointee.input {
                if let previous = input.pointee.encoding { veille_xmlFree(UnsafeMutableRawPointer(mutating: previous)) }
                input.pointee.encoding = UnsafePointer(xmlStrdup(encoding))
            }
        }
    }

    deinit {
        if let tree = context.pointee.myDoc { xmlFreeDoc(tree) }
        htmlFreeParserCtxt(context)
    }

    /// Parses the page and visits it in document order; every entered element is exited exactly
    /// once, and the children of an element the visitor skips are not shown. The page is read as
    /// it is walked, so it can be walked once: a second walk shows nothing.
    func walk<Visitor: HTMLVisitor>(_ visitor: inout Visitor) {
        guard let handler = context.pointee.sax, context.pointee.instate == XML_PARSER_START else { return }
        let receiver = SAXReceiver(visitor: visitor)
        handler.initialize(to: htmlSAXHandler())
        handler.pointee.startElement = { receiver, name, attributes in
            guard let receiver, let name else { return }
            SAXReceiver.from(receiver).start(HTMLElement(name: name, attributes: attributes))
        }
        handler.pointee.endElement = { receiver, _ in
            guard let receiver else { return }
            SAXReceiver.from(receiver).end()
        }
        handler.pointee.characters = { receiver, text, count in
            guard let receiver, let text, count > 0 else { return }
            SAXReceiver.from(receiver).text(UnsafeBufferPointer(start: text, count: Int(count)))
        }
        handler.pointee.cdataBlock = handler.pointee.characters
        handler.pointee.ignorableWhitespace = handler.pointee.characters
        withExtendedLifetime(receiver) {
            context.pointee.userData = Unmanaged.passUnretained(receiver).toOpaque()
            htmlParseDocument(context)
            context.pointee.userData = nil
        }
        receiver.closeAll()
        if let visited = receiver.visitor as? Visitor { visitor = visited }
    }

    private static func lastErrorMessage() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "no reason given" }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Turns libxml2's SAX events into a visitor's calls, hiding what a skipped element holds.
private final class SAXReceiver {
    var visitor: any HTMLVisitor
    /// Elements open inside the one the visitor skipped, counting it; 0 when none is skipped.
    private var skippedDepth = 0
    /// Elements entered and not yet exited.
    private var openCount = 0

    init(visitor: any HTMLVisitor) { self.visitor = visitor }

    static func from(_ pointer: UnsafeMutableRawPointer) -> SAXReceiver {
        Unmanaged<SAXReceiver>.fromOpaque(pointer).takeUnretainedValue()
    }

    func start(_ element: HTMLElement) {
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        openCount += 1
        if visitor.enter(element) == .skipChildren { skippedDepth = 1 }
    }

    func end() {
        if skippedDepth > 1 {
            skippedDepth -= 1
            return
        }
        skippedDepth = 0
        guard openCount > 0 else { return }
        openCount -= 1
        visitor.exit()
    }

    func text(_ utf8: UnsafeBufferPointer<UInt8>) {
        if skippedDepth == 0 { visitor.text(utf8) }
    }

    /// Closes what the parser left open at the end of a truncated page.
    func closeAll() {
        while openCount > 0 {
            openCount -= 1
            visitor.exit()
        }
    }
}

/// What a visitor wants after seeing an element.
enum HTMLWalk {
    case descend
    case skipChildren
}

/// Receives a page's elements and text in document order from `HTMLDocument.walk(_:)`.
protocol HTMLVisitor {
    mutating func enter(_ element: HTMLElement) -> HTMLWalk
    /// Closes the element entered last and not yet exited.
    mutating func exit()
    /// A run of text in UTF-8, valid only during the call.
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>)
}

/// An element seen during a walk: its name and attributes as the parser gives them (names in
/// lowercase, values with character references decoded); valid only during the visitor's call.
struct HTMLElement {
    fileprivate let namePointer: UnsafePointer<xmlChar>
    /// Name and value pointers in turn, ending with a null name; nil when there are none.
    fileprivate let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    fileprivate init(name: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        namePointer = name
        self.attributes = attributes
    }

    /// The tag name in lowercase, as libxml2's HTML parser gives it.
    var name: String { String(cString: namePointer) }

    /// An attribute's value; nil if absent. `wanted` must be lowercase.
    func attribute(_ wanted: StaticString) -> String? {
        withAttribute(wanted) { bytes in bytes.map { String(decoding: $0, as: UTF8.self) } }
    }

    /// True when the element has the attribute, whatever its value.
    func hasAttribute(_ wanted: StaticString) -> Bool { index(of: wanted) != nil }

    /// Calls `body` with an attribute's value in UTF-8 (nil if absent), without making a string:
    /// the class and id of every element are read this way. The bytes are valid only during the call.
    func withAttribute<R>(_ wanted: StaticString, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard let attributes, let index = index(of: wanted) else { return body(nil) }
        guard let value = attributes[index + 1] else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: value, count: strlen(value)))
    }

    private func index(of wanted: StaticString) -> Int? {
        guard let attributes else { return nil }
        var index = 0
        while let name = attributes[index] {
            if Self.equals(name, wanted) { return index }
            index += 2
        }
        return nil
    }

    private static func equals(_ name: UnsafePointer<xmlChar>, _ wanted: StaticString) -> Bool {
        let bytes = wanted.utf8Start
        var index = 0
        while index < wanted.utf8CodeUnitCount {
            if name[index] != bytes[index] { return false }
            index += 1
        }
        return name[index] == 0
    }
}
