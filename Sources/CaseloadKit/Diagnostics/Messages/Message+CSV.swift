/// The catalogue's messages about CSV input files: encoding, quoting, the header, and the
/// cells of a row.
extension Message {
    /// A file that cannot be read.
    static var cannotReadFile: Message { Message(en: "cannot read the file", da: "kan ikke læse filen") }

    /// A file that cannot be opened.
    static var cannotOpenFile: Message { Message(en: "cannot open the file", da: "kan ikke åbne filen") }

    /// A row whose field count does not fit the header.
    static func fieldCount(_ fields: Int, header: Int) -> Message {
        Message(en: "the row has \(fields) fields, the header has \(header)",
                da: "rækken har \(fields) felter, overskriftslinjen har \(header)")
    }

    /// A file without even a header; `columns` is the quoted list of required columns.
    static func emptyFile(columns: String) -> Message {
        Message(en: "the file is empty; it needs a header line with the columns \(columns)",
                da: "filen er tom; den skal have en overskriftslinje med kolonnerne \(columns)")
    }

    /// A header without rows where that is normal early in a year (a warning).
    static var headerOnlyYet: Message {
        Message(en: "the file has a header but no data rows yet; it adds nothing to the results",
                da: "filen har en overskriftslinje, men endnu ingen datarækker; den bidrager ikke til resultaterne")
    }

    /// A header without rows (an error).
    static var headerOnly: Message {
        Message(en: "the file has a header but no data rows; fill it or remove it from the inputs",
                da: "filen har en overskriftslinje, men ingen datarækker; udfyld den, eller fjern den fra inputs")
    }

    /// A column named twice in the header.
    static func columnTwice(_ name: String, alsoColumn: Int) -> Message {
        Message(en: "column \"\(name)\" appears twice in the header (also column \(alsoColumn))",
                da: "kolonnen \"\(name)\" står to gange i overskriftslinjen (også kolonne \(alsoColumn))")
    }

    /// Two columns of which a row may use only one (`ydelse` and `konto`).
    static func alternativeColumnsBoth(_ names: [String]) -> Message {
        let quoted = names.map { "\"\($0)\"" }
        return Message(en: "columns \(quoted.joined(separator: " and ")) are both in the header; name each row by one of them only",
                       da: "kolonnerne \(quoted.joined(separator: " og ")) står begge i overskriftslinjen; angiv hver række med kun én af dem")
    }

    /// A column the file type does not use (a warning); `known` is the quoted list.
    static func unknownColumn(_ name: String, known: String) -> Message {
        Message(en: "column \"\(name)\" is not one this file type uses, and is not read (known: \(known))",
                da: "kolonnen \"\(name)\" bruges ikke i denne filtype og læses ikke (kendte: \(known))")
    }

    /// Required columns missing from the header. `missing` is the quoted list, `count` its
    /// length, `or` the other columns that would do instead, `header` the header's cells.
    static func missingColumns(_ missing: String, count: Int, or alternatives: [String], header: [String]) -> Message {
        let headerText = header.map { "\"\($0)\"" }.joined(separator: ", ")
        let quoted = alternatives.map { "\"\($0)\"" }
        return Message(
            en: "missing column\(count > 1 ? "s" : "") \(missing)"
                + (quoted.isEmpty ? "" : " (or " + quoted.joined(separator: " or ") + ")")
                + "; the header has \(headerText)",
            da: "\(count > 1 ? "kolonnerne" : "kolonnen") \(missing) mangler"
                + (quoted.isEmpty ? "" : " (eller " + quoted.joined(separator: " eller ") + ")")
                + "; overskriftslinjen har \(headerText)")
    }

    /// Added to `missingColumns` when a Danish-style file looks comma-separated.
    static var looksCommaSeparated: Message {
        Message(en: "; the file looks comma-separated: save it as \"CSV (semikolonsepareret)\", or set number_style: international in pipeline.yml",
                da: "; filen ser kommasepareret ud: gem den som \"CSV (semikolonsepareret)\", eller sæt number_style: international i pipeline.yml")
    }

    /// Added to `missingColumns` when an international-style file looks semicolon-separated.
    static var looksSemicolonSeparated: Message {
        Message(en: "; the file looks semicolon-separated: set number_style: da in pipeline.yml",
                da: "; filen ser semikolonsepareret ud: sæt number_style: da i pipeline.yml")
    }

    /// A file read as Windows-1252 (a warning).
    static var readAsWindows1252: Message {
        Message(en: "the file is not valid UTF-8; read it as Windows-1252 (Danish Excel's \"CSV (semikolonsepareret)\"); save it as \"CSV UTF-8\" to avoid this warning",
                da: "filen er ikke gyldig UTF-8; den er læst som Windows-1252 (dansk Excels \"CSV (semikolonsepareret)\"); gem den som \"CSV UTF-8\" for at undgå denne advarsel")
    }

    /// A UTF-16 file.
    static var utf16NotSupported: Message {
        Message(en: "UTF-16 is not supported: save the file as UTF-8 or CSV (semikolonsepareret)",
                da: "UTF-16 understøttes ikke: gem filen som UTF-8 eller CSV (semikolonsepareret)")
    }

    /// A file with a NUL byte.
    static var nulByte: Message {
        Message(en: "the file holds a NUL byte (0x00), so it is not a text file; save it as \"CSV UTF-8\" or \"CSV (semikolonsepareret)\"",
                da: "filen indeholder en NUL-byte (0x00) og er derfor ikke en tekstfil; gem den som \"CSV UTF-8\" eller \"CSV (semikolonsepareret)\"")
    }

    /// A file that is neither UTF-8 nor Windows-1252; `byte` in hexadecimal.
    static func invalidByte(_ byte: String) -> Message {
        Message(en: "the file is neither UTF-8 nor Windows-1252: byte 0x\(byte) is not a character in either; save it as \"CSV UTF-8\"",
                da: "filen er hverken UTF-8 eller Windows-1252: byte 0x\(byte) er ikke et tegn i nogen af dem; gem den som \"CSV UTF-8\"")
    }

    /// A quoted field that never ends.
    static var unterminatedQuote: Message {
        Message(en: "unterminated quote: the quoted field that starts here never ends",
                da: "uafsluttet anførselstegn: feltet i anførselstegn, der begynder her, slutter aldrig")
    }

    /// Text after a closing quote.
    static var textAfterQuote: Message {
        Message(en: "unexpected text after the closing quote of a quoted field; a quote inside a quoted field is written \"\"",
                da: "uventet tekst efter det afsluttende anførselstegn i et felt; et anførselstegn inde i et felt i anførselstegn skrives \"\"")
    }

    /// An empty cell that must have a value.
    static func cellEmpty(_ label: String) -> Message {
        Message(en: "\(label) is empty", da: "\(label) er ikke udfyldt")
    }

    /// A cell that should be a year.
    static func cellNotAYear(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" is not a year; write it with four digits, e.g. 2017",
                da: "\(label) \"\(text)\" er ikke et årstal; skriv det med fire cifre, f.eks. 2017")
    }

    /// A number with more digits than any figure can have.
    static func tooManyDigits(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" has more digits than any figure here can have",
                da: "\(label) \"\(text)\" har flere cifre, end noget tal her kan have")
    }

    /// A cell that is not a number in the run's style.
    static func notANumber(_ label: String, _ text: String, style: NumberStyle) -> Message {
        let (name, examples) = style == .da ? (styleDanish, examplesDanish) : (styleInternational, examplesInternational)
        return Message(en: "\(label) \"\(text)\" is not a number in \(name.en) (e.g. \(examples.en))",
                       da: "\(label) \"\(text)\" er ikke et tal i \(name.da) (f.eks. \(examples.da))")
    }

    /// An amount with more than two decimals.
    static func moreThanTwoDecimals(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" has more than two decimals; amounts are kroner and øre",
                da: "\(label) \"\(text)\" har mere end to decimaler; beløb er kroner og øre")
    }

    /// An amount beyond ±10^13 kr.
    static func beyondKronerLimit(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" is beyond ±10.000.000.000.000 kr.",
                da: "\(label) \"\(text)\" ligger uden for ±10.000.000.000.000 kr.")
    }

    /// A `grundlag` cell that is neither brutto nor netto.
    static func notGrundlag(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" is neither brutto nor netto", da: "\(label) \"\(text)\" er hverken brutto eller netto")
    }

    /// An amount that must be above 0.
    static func mustBeAboveZero(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" must be above 0", da: "\(label) \"\(text)\" skal være over 0")
    }

    /// A figure that must not be negative.
    static func negativeCell(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" is negative", da: "\(label) \"\(text)\" er et negativt tal")
    }

    /// A `måned` cell that is not 1–12.
    static func notAMonth(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" is not a month; write 1–12", da: "\(label) \"\(text)\" er ikke en måned; skriv 1–12")
    }

    /// A `konto` cell that is not an account number.
    static func notAnAccount(_ label: String, _ text: String) -> Message {
        Message(en: "\(label) \"\(text)\" is not an account number; write it with dots, e.g. 5.57.78 or 5.57.73.007",
                da: "\(label) \"\(text)\" er ikke et kontonummer; skriv det med punktummer, f.eks. 5.57.78 eller 5.57.73.007")
    }

    /// An account no catalog function covers; `catalogHasNone` when the catalog lists none at all.
    static func accountMapsToNoBenefit(_ label: String, _ text: String, function: String, catalogHasNone: Bool) -> Message {
        Message(en: "\(label) \"\(text)\" maps to no benefit: no function in the catalog's \"funktioner\" covers it; add its function (e.g. \(function)) to the benefit it belongs to"
                    + (catalogHasNone ? " (the catalog lists no functions at all)" : ""),
                da: "\(label) \"\(text)\" hører ikke til nogen ydelse: ingen funktion i katalogets \"funktioner\" dækker den; tilføj dens funktion (f.eks. \(function)) til den ydelse, den hører til"
                    + (catalogHasNone ? " (kataloget har slet ingen funktioner)" : ""))
    }
}
