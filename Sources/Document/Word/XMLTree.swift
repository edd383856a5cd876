import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML part as a small tree, read with Foundation's XMLParser (libxml2)
/// with namespaces resolved, so that a prefix declared anywhere (LibreOffice
/// declares the maths namespace on each `m:oMathPara`) means what it says.
///
/// A part is untrusted: bytes that are not UTF-8 and a document type
/// declaration are refused before parsing (Word never writes one; it is how entity expansion bombs and
/// external entities come in), external entities are never resolved (the
/// parser's default, kept), and nesting deeper than `maximumDepth` stops
/// the parse.
struct XMLNode {
    enum Space: Sendable {
        case word, math, markup, relationship, other
    }

    var name: String
    var space: Space
    /// Attributes by local name (`w:val` → `val`).
    var attributes: [String: String]
    var children: [XMLNode]
    /// Character data of text elements (`w:t`, `m:t`, `w:delText`, `w:instrText`).
    var text: String

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
    /// `w:val` of the child `name` (`<w:pStyle w:val="Heading1"/>`).
    func value(of name: String) -> String? { child(name)?.attributes["val"] }

    static let maximumDepth = 200

    static func space(_ uri: String?) -> Space {
        switch uri {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main":
            return .word
        case "http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math":
            return .math
        case "http://schemas.openxmlformats.org/markup-compatibility/2006":
            return .markup
        case "http://schemas.openxmlformats.org/officeDocument/2006/relationships":
            return .relationship
        default:
            return .other
        }
    }

    /// The tree of `data`; `part` names it in messages.
    static func parse(_ data: Data, part: String, path: String) throws -> XMLNode {
        // XMLParser traps on a name or text that is not UTF-8 (it force-
        // unwraps libxml2's strings; found by FuzzWord): Word writes UTF-8,
        // and anything else is refused before parsing.
        if String(data: data, encoding: .utf8) == nil {
            throw SheetError.unreadable(path: path, reason: "\(part) in the Word file is not UTF-8 text")
        }
        if declaresDocumentType(data) {
            throw SheetError.unreadable(path: path, reason: "\(part) in the Word file declares a document type (entities), which is not read")
        }
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if builder.tooDeep {
            throw SheetError.unreadable(path: path, reason: "\(part) in the Word file nests elements more than \(maximumDepth) deep")
        }
        guard ok, let root = builder.root else {
            let line = parser.lineNumber
            throw SheetError.unreadable(path: path, reason: "\(part) in the Word file is not well-formed XML (line \(line))")
        }
        return root
    }

    /// Whether `<!DOCTYPE` (or an entity declaration) appears in the part.
    static func declaresDocumentType(_ data: Data) -> Bool {
        let needle: [UInt8] = Array("<!".utf8)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i + 3 < bytes.count {
                if bytes[i] == needle[0], bytes[i + 1] == needle[1] {
                    // `<!--` comments and `<![CDATA[` are fine.
                    let c = bytes[i + 2]
                    if c != UInt8(ascii: "-"), c != UInt8(ascii: "[") { return true }
                }
                i += 1
            }
            return false
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLNode] = []
        var root: XMLNode?
        var tooDeep = false
        static let textElements: Set<String> = ["t", "delText", "instrText"]

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            guard stack.count < XMLNode.maximumDepth else {
                tooDeep = true
                parser.abortParsing()
                return
            }
            var local: [String: String] = [:]
            for (key, value) in attributes {
                let name = key.firstIndex(of: ":").map { String(key[key.index(after: $0)...]) } ?? key
                local[name] = value
            }
            stack.append(XMLNode(name: elementName, space: XMLNode.space(namespaceURI), attributes: local, children: [], text: ""))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard let node = stack.popLast() else { return }
            if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let last = stack.last, Builder.textElements.contains(last.name) else { return }
            stack[stack.count - 1].text += string
        }
    }
}
