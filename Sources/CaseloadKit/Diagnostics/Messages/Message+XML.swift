/// The catalogue's messages about budget XML files.
extension Message {
    /// The built-in schema does not compile (a bug).
    static var schemaDoesNotCompile: Message {
        Message(en: "the built-in budget schema does not compile", da: "det indbyggede budgetskema kan ikke oversættes")
    }

    /// libxml2 cannot read the file.
    static var libxmlCannotRead: Message { Message(en: "libxml2 cannot read the file", da: "libxml2 kan ikke læse filen") }

    /// libxml2 cannot attach the schema.
    static var libxmlCannotAttachSchema: Message {
        Message(en: "libxml2 cannot attach the budget schema", da: "libxml2 kan ikke knytte budgetskemaet til filen")
    }

    /// libxml2's own words about the file, for the cases not put in plain words.
    static func libxml(_ text: String) -> Message {
        Message(en: text, da: "XML-fejl (libxml2): \(text)")
    }

    /// A file that is not well-formed, where libxml2 says nothing more.
    static var notWellFormedXML: Message { Message(en: "the file is not well-formed XML", da: "filen er ikke velformet XML") }

    /// A file that does not follow the schema, where libxml2 says nothing more.
    static func notBudgetSchema(_ namespace: String) -> Message {
        Message(en: "the file does not follow the budget schema (\(namespace))",
                da: "filen følger ikke budgetskemaet (\(namespace))")
    }

    /// A file without a `<budget>` element.
    static func noBudgetElement(_ namespace: String) -> Message {
        Message(en: "no <budget> element in namespace \(namespace)", da: "intet <budget>-element i navnerummet \(namespace)")
    }

    /// A DOCTYPE in a budget file.
    static var doctypeNotAllowed: Message {
        Message(en: "a DOCTYPE is not allowed in a budget file (it could load files or expand entities); remove the <!DOCTYPE …> declaration",
                da: "en DOCTYPE er ikke tilladt i en budgetfil (den kunne indlæse filer eller udfolde entiteter); fjern erklæringen <!DOCTYPE …>")
    }
}
