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
    public static func read(_ file: InputFile, catalog: Catalog, diagnostics: DiagnosticEngine, ledger: InputLedger) -> [BudgetLine] {
        ledger.register(file.path)
        guard let schema = LibXML.budgetSchema.pointer else {
            diagnostics.error(LibXML.budgetSchema.problem ?? .schemaDoesNotCompile, at: file.at())
            return []
        }
        let descriptor = open(file.url.path, O_RDONLY)
        guard descriptor >= 0 else {
            diagnostics.error(.cannotOpenFile, at: file.at())
            return []
        }
        defer { close(descriptor) }
        guard let reader = xmlReaderForFd(descriptor, file.path, nil, LibXML.readerOptions) else {
            diagnostics.error(.libxmlCannotRead, at: file.at())
            return []
        }
        defer { xmlFreeTextReader(reader) }

        let collector = XMLErrorCollector()
        // The handler must be in place before the schema is set (libxml2 2.9 crashes otherwise).
        xmlTextReaderSetStructuredErrorHandler(reader, xmlCollectError, Unmanaged.passUnretained(collector).toOpaque())
        guard xmlTextReaderSetSchema(reader, schema) == 0 else {
            diagnostics.error(.libxmlCannotAttachSchema, at: file.at())
            return []
        }

        var scan = BudgetXMLScan()
        // Elements past line 65,535 get their true line only while their lines are tracked.
        ElementLines.tracking(reader) { scan.run(reader, file: file, catalog: catalog) }

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
        if scan.headers.isEmpty, !failed {
            diagnostics.error(.noBudgetElement(BudgetSchema.namespace), at: file.at())
            failed = true
        }
        ledger.add(InputLedger.Tally(read: scan.posts.count, rejected: failed ? scan.posts.count : 0), to: file.path)
        guard !failed else { return [] }
        return lines(scan, file: file, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
    }

    /// The budget lines of a valid file. The schema has checked structure, years, grundlag
    /// and amounts; what is left is the catalog and the range of kroner.
    private static func lines(_ scan: BudgetXMLScan, file: InputFile, catalog: Catalog, diagnostics: DiagnosticEngine,
                              ledger: InputLedger) -> [BudgetLine] {
        var lines: [BudgetLine] = []
        lines.reserveCapacity(scan.posts.count)
        for (index, post) in scan.posts.enumerated() {
            let header = scan.headers[post.budget]
            let location = file.at(line: post.line)
            guard let benefit = scan.benefits[post.benefit].id else {
                diagnostics.error(CellParser.unknownBenefit(scan.benefits[post.benefit].name, catalog: catalog), at: location)
                ledger.rejected(file.path)
                continue
            }
            guard let amount = post.amount, let year = header.year, let grundlag = header.grundlag, let version = header.version else {
                diagnostics.error(.beyondKronerLimit("beloeb", scan.badAmounts[index] ?? ""), at: location)
                ledger.rejected(file.path)
                continue
            }
            lines.append(BudgetLine(municipality: header.municipality, year: year, benefit: benefit, amount: amount,
                                    grundlag: grundlag, origin: location, version: version))
        }
        return lines
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

    /// An attribute's value, or "" if it is absent.
    static func attribute(_ reader: xmlTextReaderPtr, _ name: String) -> String {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return "" }
        defer { caseload_xmlFree(value) }
        return String(cString: value)
    }
}
