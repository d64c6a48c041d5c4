import Foundation
import Reports

extension EffectContext {
    /// Prints the document `html` makes, as every printed thing is (`Printing`), and answers
    /// with `printed` of the confirmation; when it cannot be printed, with why and what to do.
    func print(title: String, html: () throws -> String, printed: (String) -> Answer) throws -> Answer {
        do {
            return printed(try Printing.print(html: html(), title: title).said(language))
        } catch let error as PrintingError {
            return .failed(error.message(language))
        }
    }
}
