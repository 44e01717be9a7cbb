/// The catalogue's plain words for libxml2's common errors in budget XML (`LibXMLProblem`).
/// Each is shown with libxml2's own text after it, `(libxml2: …)`.
extension Message {
    /// Plain words followed by libxml2's text.
    static func libxml2(_ plain: Message, original: String) -> Message {
        Message(en: "\(plain.en) (libxml2: \(original))", da: "\(plain.da) (libxml2: \(original))")
    }

    // MARK: Well-formedness

    /// A file of nothing but white space.
    static var xmlEmptyFile: Message {
        Message(en: "the file is empty; a budget file holds a <budget> element (see caseload schema)",
                da: "filen er tom; en budgetfil indeholder et <budget>-element (se caseload schema)")
    }

    /// A file with text but no element (only an XML declaration, or not XML at all).
    static var xmlNoElement: Message {
        Message(en: "the file holds no XML element; a budget file holds a <budget> element (see caseload schema)",
                da: "filen indeholder intet XML-element; en budgetfil indeholder et <budget>-element (se caseload schema)")
    }

    /// A file that ends while elements are open.
    static func xmlCutOff(_ root: String, line: Int) -> Message {
        Message(en: "the file ends before <\(root)> from line \(line) is closed: it looks cut off; copy or export the whole file again",
                da: "filen slutter, før <\(root)> fra linje \(line) er lukket: den ser afskåret ud; kopiér eller eksportér hele filen igen")
    }

    /// Content after the document element's end.
    static func xmlMoreAfterEnd(_ root: String) -> Message {
        Message(en: "there is more after </\(root)>, the end of the document; a file holds one <budget>, or several inside <budgetter>",
                da: "der kommer mere efter </\(root)>, dokumentets slutning; en fil indeholder ét <budget> eller flere inde i <budgetter>")
    }

    /// An element closed by the closing tag of another.
    static func xmlNotClosed(_ element: String, line: Int, closing: String) -> Message {
        Message(en: "<\(element)> from line \(line) is not closed before </\(closing)>; close it with </\(element)>, or end its tag with />",
                da: "<\(element)> fra linje \(line) er ikke lukket før </\(closing)>; luk det med </\(element)>, eller afslut dets tag med />")
    }

    /// A closing tag that is no element's, where another element is open.
    static func xmlClosingTagMisspelt(_ closing: String, open element: String, line: Int) -> Message {
        Message(en: "the closing tag </\(closing)> does not match <\(element)> from line \(line); write </\(element)>",
                da: "sluttagget </\(closing)> passer ikke til <\(element)> fra linje \(line); skriv </\(element)>")
    }

    /// A start tag without its `>`.
    static func xmlTagNotFinished(_ element: String) -> Message {
        Message(en: "the tag <\(element) …> is not finished with > or />",
                da: "tagget <\(element) …> er ikke afsluttet med > eller />")
    }

    // MARK: Schema

    /// A required attribute that is not there.
    static func xmlMissingAttribute(_ attribute: String, of element: String) -> Message {
        Message(en: "<\(element)> has no \(attribute) attribute; it is required",
                da: "<\(element)> mangler attributten \(attribute), som er påkrævet")
    }

    /// An attribute the schema does not have.
    static func xmlUnknownAttribute(_ attribute: String, of element: String, allowed: [String]) -> Message {
        let en = allowed.isEmpty ? "" : " (a <\(element)> has \(listed(allowed, "and")))"
        let da = allowed.isEmpty ? "" : " (et <\(element)> har \(listed(allowed, "og")))"
        return Message(en: "<\(element)> has an attribute \(attribute) that budget files do not use\(en); remove it",
                       da: "<\(element)> har attributten \(attribute), som budgetfiler ikke bruger\(da); fjern den")
    }

    /// An element where the schema has no place for it.
    static func xmlUnexpectedElement(_ element: String, expected: [String]) -> Message {
        guard !expected.isEmpty else {
            return Message(en: "<\(element)> is not allowed here", da: "<\(element)> er ikke tilladt her")
        }
        let tags = expected.map { "<\($0)>" }
        return Message(en: "<\(element)> is not allowed here; expected \(listed(tags, "or"))",
                       da: "<\(element)> er ikke tilladt her; forventet: \(listed(tags, "eller"))")
    }

    /// A document element that is not a budget element of the budget namespace (`namespace`).
    static func xmlWrongDocumentElement(_ element: String, namespace: String) -> Message {
        Message(en: "the file's first element <\(element)> is not a budget element: it must be <budget> or <budgetter> with xmlns=\"\(namespace)\"",
                da: "filens første element <\(element)> er ikke et budgetelement: det skal være <budget> eller <budgetter> med xmlns=\"\(namespace)\"")
    }

    /// Text or elements inside an element that holds only attributes.
    static func xmlContentInEmptyElement(_ element: String) -> Message {
        Message(en: "<\(element)> holds text or elements, but it has only attributes; end its tag with />",
                da: "<\(element)> indeholder tekst eller elementer, men det har kun attributter; afslut dets tag med />")
    }

    /// An attribute with an empty value.
    static func xmlEmptyAttribute(_ attribute: String) -> Message {
        Message(en: "attribute \(attribute) is empty", da: "attributten \(attribute) er tom")
    }

    /// An attribute of only white space.
    static func xmlBlankAttribute(_ attribute: String) -> Message {
        Message(en: "attribute \(attribute) holds only spaces", da: "attributten \(attribute) indeholder kun mellemrum")
    }

    /// An amount written with a decimal comma (Danish style), which XML does not allow.
    static func xmlDecimalComma(_ attribute: String, _ value: String) -> Message {
        Message(en: "\(attribute) \"\(value)\" has a decimal comma; XML amounts have a decimal point and no thousands separators, e.g. 1234.50",
                da: "\(attribute) \"\(value)\" har decimalkomma; beløb i XML har decimalpunktum og ingen tusindtalsseparatorer, f.eks. 1234.50")
    }

    /// An amount that is not a number.
    static func xmlNotAnAmount(_ attribute: String, _ value: String) -> Message {
        Message(en: "\(attribute) \"\(value)\" is not an amount; write kroner with a decimal point and no thousands separators or unit, e.g. 1234.50",
                da: "\(attribute) \"\(value)\" er ikke et beløb; skriv kroner med decimalpunktum og uden tusindtalsseparatorer og enhed, f.eks. 1234.50")
    }

    /// An amount with more than two decimals.
    static func xmlTooManyDecimals(_ attribute: String, _ value: String) -> Message {
        Message(en: "\(attribute) \"\(value)\" has more than two decimals; amounts are kroner and øre",
                da: "\(attribute) \"\(value)\" har mere end to decimaler; beløb er kroner og øre")
    }

    /// An amount with more digits than the schema allows.
    static func xmlTooManyDigits(_ attribute: String, _ value: String, limit: String) -> Message {
        Message(en: "\(attribute) \"\(value)\" has more digits than an amount can have (at most \(limit))",
                da: "\(attribute) \"\(value)\" har flere cifre, end et beløb kan have (højst \(limit))")
    }

    /// A year that is not four digits.
    static func xmlNotAYear(_ attribute: String, _ value: String) -> Message {
        Message(en: "\(attribute) \"\(value)\" is not a year; write it with four digits, e.g. 2017",
                da: "\(attribute) \"\(value)\" er ikke et årstal; skriv det med fire cifre, f.eks. 2017")
    }

    /// A value outside its attribute's list.
    static func xmlNotInSet(_ attribute: String, _ value: String, allowed: [String]) -> Message {
        Message(en: "\(attribute) \"\(value)\" is not \(listed(allowed, "or"))",
                da: "\(attribute) \"\(value)\" er ikke \(listed(allowed, "eller"))")
    }

    /// `a`, `a or b`, `a, b or c` with the conjunction given.
    private static func listed(_ items: [String], _ conjunction: String) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
