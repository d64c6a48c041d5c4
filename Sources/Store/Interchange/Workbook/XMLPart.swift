import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML part of a workbook, read element by element. A part that declares a DTD is
/// refused before it is parsed: Excel and WPS never write one, and a DTD is how entity
/// tricks (billion laughs, external entities) come in.
final class XMLPart: NSObject, XMLParserDelegate {
    /// An element opened: its name without prefix, and its attributes.
    var opened: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
    /// Text inside the current element.
    var text: (_ text: String) -> Void = { _ in }
    /// An element closed.
    var closed: (_ name: String) -> Void = { _ in }

    /// Reads `data`; the error says what was wrong with the part named `part`.
    func read(_ data: Data, part: String) throws(WorkbookError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .declaresEntities(part: part)
        }
        // Fed as a stream, a piece at a time: given the whole of a part over 10 MB at once,
        // libxml2 refuses it (its lookup limit), and a county's sheet can be larger.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            throw .damaged(part: part, detail: parser.parserError.map { "\($0.localizedDescription)" } ?? "?")
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        opened(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        closed(Self.local(elementName))
    }

    /// `x:row` is `row`: some programs write the spreadsheet namespace with a prefix.
    private static func local(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }
}
