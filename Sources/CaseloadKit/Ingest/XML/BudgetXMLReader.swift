import CLibXML2
import Foundation

/// Reads budget XML (`urn:caseload:budget:1`) with libxml2's streaming reader, validating
/// every file against the built-in schema as it goes. Nothing from a file is used unless
/// the whole file is well-formed and valid.
///
/// Hardened: a DOCTYPE is refused (it is how XXE and entity-expansion attacks start), the
/// external entity loader loads nothing, and the network is off.
public enum BudgetXMLReader {
    /// Reads one file; the lines of a file with any error are all left out.
    ///
    /// Only the lines of `year` of `municipalities` are kept one by one (and those of another
    /// year that `StrayYearRows` would warn about: such a file is read a second time to find
    /// them), plus one line per name of a municipality not in pipeline.yml, standing for all of
    /// its rows. The rows of other years are counted as ignored, their years noted in
    /// `countedYears`: a budget archive of many years takes no more memory than one year.
    public static func read(_ file: InputFile, catalog: Catalog, year: Int, municipalities: MunicipalityIndex,
                            countedYears: inout CountedBudgetYears, diagnostics: DiagnosticEngine,
                            ledger: InputLedger) -> [BudgetLine] {
        ledger.register(file.path)
        let empty = BudgetXMLDigest(year: year, municipalities: municipalities, keptYears: [], problemLimit: diagnostics.limit)
        guard var digest = scan(file, into: empty, catalog: catalog, diagnostics: diagnostics, ledger: ledger) else { return [] }
        let stray = digest.strayYears
        if !stray.isEmpty {
            // The second reading only finds the stray rows: its messages and counts were had.
            let keeping = BudgetXMLDigest(year: year, municipalities: municipalities, keptYears: stray, problemLimit: 0)
            if let again = scan(file, into: keeping, catalog: catalog, diagnostics: DiagnosticEngine(limit: 0), ledger: InputLedger()) {
                digest = again
            }
        }
        if digest.countedTotal > 0 {
            ledger.add(InputLedger.Tally(ignored: [Message.reasonAnotherYear.en: digest.countedTotal]), to: file.path)
        }
        countedYears.formUnion(digest.countedYears)
        return digest.lines
    }

    /// One reading of `file` through libxml2's streaming reader with the schema: reports the
    /// file's problems and counts its rows read and rejected; the digest of a file without
    /// errors, else nil.
    private static func scan(_ file: InputFile, into digest: BudgetXMLDigest, catalog: Catalog, diagnostics: DiagnosticEngine,
                             ledger: InputLedger) -> BudgetXMLDigest? {
        guard let schema = LibXML.budgetSchema.pointer else {
            diagnostics.error(LibXML.budgetSchema.problem ?? .schemaDoesNotCompile, at: file.at())
            return nil
        }
        let descriptor = open(file.url.path, O_RDONLY)
        guard descriptor >= 0 else {
            diagnostics.error(.cannotOpenFile, at: file.at())
            return nil
        }
        defer { close(descriptor) }
        guard let reader = xmlReaderForFd(descriptor, file.path, nil, LibXML.readerOptions) else {
            diagnostics.error(.libxmlCannotRead, at: file.at())
            return nil
        }
        defer { xmlFreeTextReader(reader) }

        let collector = XMLErrorCollector()
        // The handler must be in place before the schema is set (libxml2 2.9 crashes otherwise).
        xmlTextReaderSetStructuredErrorHandler(reader, xmlCollectError, Unmanaged.passUnretained(collector).toOpaque())
        guard xmlTextReaderSetSchema(reader, schema) == 0 else {
            diagnostics.error(.libxmlCannotAttachSchema, at: file.at())
            return nil
        }

        var scan = BudgetXMLScan(digest: digest)
        scan.run(reader, file: file, catalog: catalog)

        // The reader hands over the document it built; it is ours to free.
        let document = xmlTextReaderCurrentDoc(reader)
        defer { if let document { xmlFreeDoc(document) } }
        if scan.refused == nil, let document, document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            // libxml2 may stop at an entity before it reports the DOCTYPE node: refuse all the same.
            scan.refused = (doctypeLine(file.url), doctypeMessage)
        }

        var failed = false
        if let refused = scan.refused {
            // After a DOCTYPE, libxml2's own messages (entities it would not load) only confuse.
            diagnostics.error(refused.message, at: file.at(line: refused.line))
            failed = true
        } else {
            failed = report(collector.entries, status: scan.status, valid: xmlTextReaderIsValid(reader) == 1, file: file, diagnostics: diagnostics)
        }
        if !scan.sawBudget, !failed {
            diagnostics.error(.noBudgetElement(BudgetSchema.namespace), at: file.at())
            failed = true
        }
        ledger.add(InputLedger.Tally(read: scan.posts, rejected: failed ? scan.posts : 0), to: file.path)
        guard !failed else { return nil }
        reportProblems(scan.digest, file: file, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        return scan.digest
    }

    /// The problems of a valid file's posts (the schema has checked structure, years,
    /// grundlag and amounts; what is left is the catalog and the range of kroner), in file
    /// order; each post with one is rejected.
    private static func reportProblems(_ digest: BudgetXMLDigest, file: InputFile, catalog: Catalog, diagnostics: DiagnosticEngine,
                                       ledger: InputLedger) {
        for (problem, line) in digest.problems {
            switch problem {
            case .unknownBenefit(let name): diagnostics.error(CellParser.unknownBenefit(name, catalog: catalog), at: file.at(line: line))
            case .beyondKronerLimit(let text): diagnostics.error(.beyondKronerLimit("beloeb", text), at: file.at(line: line))
            }
        }
        // Past the diagnostics' limit only the number counts.
        diagnostics.countUnkept(errors: digest.unkeptProblems)
        let rejected = digest.problems.count + digest.unkeptProblems
        if rejected > 0 { ledger.add(InputLedger.Tally(rejected: rejected), to: file.path) }
    }

    /// Reports libxml2's errors, in plain words where `LibXMLProblem` knows them; true if
    /// any of them is an error.
    private static func report(_ entries: [LibXMLProblem], status: Int32, valid: Bool, file: InputFile,
                               diagnostics: DiagnosticEngine) -> Bool {
        // A well-formedness error may reach only xmlGetLastError, not the handler; schema
        // errors from its line on are its consequences and are left out.
        let fatal = status < 0 ? xmlGetLastError().map { LibXMLProblem($0.pointee) } : nil
        let fatalLine = fatal?.line ?? Int.max
        func isFatal(_ entry: LibXMLProblem) -> Bool { entry.original == fatal?.original && entry.line == fatalLine }
        // Where the file broke tells an empty file from a cut-off one (a second, SAX pass).
        let shape = fatal == nil ? nil : XMLFileShape.scan(file.url)
        var failed = false
        var said: Set<String> = []
        for entry in entries where entry.line < fatalLine || isFatal(entry) {
            let message = entry.message(shape: isFatal(entry) ? shape : nil)
            // libxml2 may give two errors for one fault (an empty value breaks two facets).
            guard said.insert("\(entry.line) \(entry.plainWords(shape: nil)?.en ?? entry.original)").inserted else { continue }
            if entry.isWarning {
                diagnostics.warning(message, at: file.at(line: entry.line, column: entry.column))
            } else {
                diagnostics.error(message, at: file.at(line: entry.line, column: entry.column))
                failed = true
            }
        }
        if status < 0 {
            if let fatal {
                if !entries.contains(where: isFatal) {
                    diagnostics.error(fatal.message(shape: shape), at: file.at(line: fatal.line, column: fatal.column))
                }
            } else if !failed {
                diagnostics.error(.notWellFormedXML, at: file.at())
            }
            return true
        }
        if !valid, !failed {
            diagnostics.error(.notBudgetSchema(BudgetSchema.namespace), at: file.at())
            return true
        }
        return failed
    }

    static let doctypeMessage = Message.doctypeNotAllowed

    /// The line of `<!DOCTYPE` in the file's first 64 KiB, for the message.
    static func doctypeLine(_ url: URL) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1 << 16) else { return nil }
        let bytes = Array(head)
        let marker = Array("<!DOCTYPE".utf8)
        guard bytes.count >= marker.count else { return nil }
        var line = 1
        for index in 0...(bytes.count - marker.count) {
            if bytes[index] == 0x0A { line += 1 }
            if bytes[index] == marker[0], Array(bytes[index..<(index + marker.count)]) == marker { return line }
        }
        return nil
    }
}
