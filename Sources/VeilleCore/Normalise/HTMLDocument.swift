import CLibXML2
import Foundation

/// An HTML page parsed by libxml2, owned here and freed when this value ends.
///
/// No libxml2 pointer leaves this file: callers see the tree through `walk(_:)`, one element or
/// text run at a time. The parser runs with NONET (no network), without NOENT or DTDLOAD (no
/// entity expansion, no external DTD) and without HUGE (libxml2's size and depth limits stay on),
/// so hostile pages cannot reach the network, the disk, or blow up memory.
struct HTMLDocument: ~Copyable {
    private let document: htmlDocPtr

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
    )

    /// libxml2 must be initialised once before threads share it.
    private static let initialised: Void = xmlInitParser()

    /// Parses `bytes` with `htmlReadMemory`. `encoding` nil lets libxml2 honour the page's own
    /// charset declaration; otherwise it names the encoding to use.
    init(bytes: [UInt8], encoding: String?, path: String) throws(VeilleError) {
        _ = Self.initialised
        guard bytes.count < Int(Int32.max) else {
            throw VeilleError(.tooLarge, path: path, "The page is too large for the HTML parser.")
        }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, Self.options)
            }
        }
        guard let parsed else {
            throw VeilleError(.undecodable, path: path, "libxml2 could not parse the page: \(Self.lastErrorMessage()).")
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// Visits the tree in document order without recursion, so that deeply nested pages cannot
    /// exhaust the stack. Every entered element is exited exactly once.
    func walk<Visitor: HTMLVisitor>(_ visitor: inout Visitor) {
        guard let root = xmlDocGetRootElement(document) else { return }
        var next: xmlNodePtr? = root
        while let node = next {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let element = HTMLElement(node: node)
                descend = visitor.enter(element) == .descend && node.pointee.children != nil
                if !descend { visitor.exit() }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    visitor.text(UnsafeBufferPointer(start: content, count: strlen(content)))
                }
            default:
                break  // Comments, processing instructions and entity references carry no text.
            }
            next = descend ? node.pointee.children : Self.following(node, root: root, visitor: &visitor)
        }
    }

    /// The next node after `node`'s subtree, closing each ancestor that is left behind.
    private static func following<Visitor: HTMLVisitor>(_ node: xmlNodePtr, root: xmlNodePtr, visitor: inout Visitor)
        -> xmlNodePtr?
    {
        var cursor = node
        while cursor != root {
            if let sibling = cursor.pointee.next { return sibling }
            guard let parent = cursor.pointee.parent else { return nil }
            cursor = parent
            visitor.exit()
        }
        return nil
    }

    private static func lastErrorMessage() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "no reason given" }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
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

/// An element seen during a walk; valid only during the visitor's call.
struct HTMLElement {
    fileprivate let node: xmlNodePtr

    /// The tag name in lowercase, as libxml2's HTML parser gives it.
    var name: String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// An attribute's value, read from its text children without entity expansion; nil if absent.
    /// The HTML parser gives attribute names in lowercase, so `wanted` must be lowercase.
    func attribute(_ wanted: StaticString) -> String? {
        withAttribute(wanted) { bytes in bytes.map { String(decoding: $0, as: UTF8.self) } }
    }

    /// True when the element has the attribute, whatever its value.
    func hasAttribute(_ wanted: StaticString) -> Bool { property(wanted) != nil }

    /// Calls `body` with an attribute's value in UTF-8 (nil if absent), without making a string:
    /// the class and id of every element are read this way. The bytes are valid only during the call.
    func withAttribute<R>(_ wanted: StaticString, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard let attribute = property(wanted) else { return body(nil) }
        guard let first = attribute.pointee.children else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if first.pointee.next == nil {
            guard let content = first.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(start: content, count: strlen(content)))
        }
        var value: [UInt8] = []
        var child: xmlNodePtr? = first
        while let text = child {
            if let content = text.pointee.content { value.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content))) }
            child = text.pointee.next
        }
        return value.withUnsafeBufferPointer { body($0) }
    }

    private func property(_ wanted: StaticString) -> xmlAttrPtr? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, Self.equals(name, wanted) { return current }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Calls `body` with each child element, in order.
    func forEachChild(_ body: (HTMLElement) -> Void) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { body(HTMLElement(node: current)) }
            child = current.pointee.next
        }
    }

    /// The text of the element and its descendants, with `xmlNodeGetContent`.
    var textContent: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { veille_xmlFree(content) }
        return String(cString: content)
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
