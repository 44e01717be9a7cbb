/// The catalogue's messages about Excel workbooks (`.xlsx`) as inputs: where in a workbook,
/// and what can be wrong with the workbook itself. Problems with a row's cells are those of
/// a CSV row (Message+CSV.swift).
extension Message {
    /// A cell of a workbook, after the file's name: `sheet Ishøj, cell D7`.
    static func workbookCellPlace(sheet: String, cell: String) -> Message {
        Message(en: "sheet \(sheet), cell \(cell)", da: "ark \(sheet), celle \(cell)")
    }

    /// A row of a workbook, after the file's name: `sheet Ishøj, row 7`.
    static func workbookRowPlace(sheet: String, row: Int) -> Message {
        Message(en: "sheet \(sheet), row \(row)", da: "ark \(sheet), række \(row)")
    }

    /// Rows of a workbook, after the file's name: `sheet Sager, rows 3-7`.
    static func workbookRowsPlace(sheet: String, first: Int, last: Int) -> Message {
        Message(en: "sheet \(sheet), rows \(first)-\(last)", da: "ark \(sheet), rækker \(first)-\(last)")
    }

    /// A sheet of a workbook, after the file's name: `sheet Ishøj`.
    static func workbookSheetPlace(sheet: String) -> Message {
        Message(en: "sheet \(sheet)", da: "ark \(sheet)")
    }

    /// An `.xls` file (Excel 97–2003), which caseload does not read.
    static var workbookLegacyFormat: Message {
        Message(en: "caseload cannot read Excel 97-2003 workbooks (.xls); open it in Excel and save it as an Excel workbook (.xlsx)",
                da: "caseload kan ikke læse Excel 97-2003-projektmapper (.xls); åbn den i Excel, og gem den som Excel-projektmappe (.xlsx)")
    }

    /// An `.xlsx` that is an OLE file: password-protected (encrypted), or an `.xls` renamed.
    static var workbookEncrypted: Message {
        Message(en: "the workbook is password-protected (or an .xls file renamed); remove the password in Excel "
                    + "(File > Info > Protect Workbook) and save it as an Excel workbook (.xlsx)",
                da: "projektmappen er beskyttet med adgangskode (eller er en omdøbt .xls-fil); fjern adgangskoden i Excel "
                    + "(Filer > Oplysninger > Beskyt projektmappe), og gem den som Excel-projektmappe (.xlsx)")
    }

    /// An `.xlsx` that is not a ZIP archive at all.
    static var workbookNotZip: Message {
        Message(en: "not an Excel workbook (.xlsx is a ZIP archive, this file is not); save it again from the spreadsheet as .xlsx",
                da: "ikke en Excel-projektmappe (.xlsx er et ZIP-arkiv, det er denne fil ikke); gem den igen fra regnearket som .xlsx")
    }

    /// A part every workbook has is missing or unreadable.
    static func workbookPartMissing(_ part: String) -> Message {
        Message(en: "the workbook has no readable part \"\(part)\"; save it again from the spreadsheet as .xlsx",
                da: "projektmappen har ingen læsbar del \"\(part)\"; gem den igen fra regnearket som .xlsx")
    }

    /// A part of the workbook that is not well-formed XML.
    static func workbookPartBroken(_ part: String, problem: String) -> Message {
        Message(en: "the workbook's part \"\(part)\" is not well-formed XML: \(problem)",
                da: "projektmappens del \"\(part)\" er ikke velformet XML: \(problem)")
    }

    /// The sheet pipeline.yml names after `#` does not exist; `sheets` are the workbook's.
    static func workbookSheetMissing(_ name: String, sheets: [String]) -> Message {
        let list = sheets.map { "\"\($0)\"" }.joined(separator: ", ")
        return Message(en: "the workbook has no sheet \"\(name)\"; its sheets are \(list)",
                       da: "projektmappen har intet ark \"\(name)\"; dens ark er \(list)")
    }

    /// A workbook without a worksheet.
    static var workbookNoSheets: Message {
        Message(en: "the workbook has no worksheet", da: "projektmappen har intet regneark")
    }

    /// No row of the sheet holds every required column; `columns` is the quoted list.
    static func workbookHeaderNotFound(columns: String) -> Message {
        Message(en: "no row of the sheet holds the columns \(columns); the table's header must be a row with all of them "
                    + "(rows above it are skipped)",
                da: "ingen række i arket har kolonnerne \(columns); tabellens overskriftsrække skal have dem alle "
                    + "(rækker over den springes over)")
    }

    /// A formula cell saved without its computed value (by a program that does not calculate).
    static func workbookFormulaWithoutValue(_ formula: String) -> Message {
        Message(en: "the cell holds the formula =\(formula) but no computed value; open the workbook in Excel or LibreOffice "
                    + "and save it, so that the value is stored",
                da: "cellen indeholder formlen =\(formula), men ingen beregnet værdi; åbn projektmappen i Excel eller LibreOffice, "
                    + "og gem den, så værdien gemmes")
    }

    /// A cell holding an error value (`#DIV/0!`, `#REF!`).
    static func workbookErrorCell(_ value: String) -> Message {
        Message(en: "the cell holds the error \(value); correct its formula in the workbook",
                da: "cellen indeholder fejlen \(value); ret formlen i projektmappen")
    }

    /// A number cell whose stored text is not a number.
    static func workbookBadNumber(_ text: String) -> Message {
        Message(en: "the number cell holds \"\(text)\", which is not a number; save the workbook again from the spreadsheet",
                da: "talcellen indeholder \"\(text)\", som ikke er et tal; gem projektmappen igen fra regnearket")
    }

    /// A cell pointing at a shared string that the workbook does not have.
    static func workbookSharedStringMissing(_ index: String) -> Message {
        Message(en: "the cell refers to shared text number \(index), which the workbook does not have",
                da: "cellen henviser til delt tekst nummer \(index), som projektmappen ikke har")
    }

    /// A date cell whose serial number is no date.
    static func workbookBadDate(_ text: String) -> Message {
        Message(en: "the date cell holds \(text), which is not a date caseload can read",
                da: "datocellen indeholder \(text), som ikke er en dato, caseload kan læse")
    }

    /// A value in a column to the right of the header's last column.
    static func workbookValueOutsideTable(lastColumn: String) -> Message {
        Message(en: "the row has a value to the right of the header's last column \(lastColumn)",
                da: "rækken har en værdi til højre for overskriftsrækkens sidste kolonne \(lastColumn)")
    }
}
