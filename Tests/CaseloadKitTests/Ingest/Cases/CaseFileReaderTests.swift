@testable import CaseloadKit
import Foundation
import Testing

/// The byte-level case reader gives exactly what the reference reader (`CSVTable` and
/// `CellParser`) gives: figures, counts, messages and their places, whatever the threads.
@Suite struct CaseFileReaderTests {
    static let header = "sagsid;kommune;ydelse;fra;til;omfang\n"

    /// Inputs that exercise one rule each, as bytes.
    static let edgeCases: [(String, [UInt8])] = {
        func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
        let good = "010203-1234;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;\n"
        return [
            ("LF", utf8(header + good + "A2;Vallensbæk;A-dagpenge;2016-03-01;;0,5\n")),
            ("CRLF", utf8((header + good + "A2;Vallensbæk;\"A-dagpenge\";2016-03-01;;0,5\n").replacing("\n", with: "\r\n"))),
            ("BOM and CRLF", [0xEF, 0xBB, 0xBF] + utf8((header + good).replacing("\n", with: "\r\n"))),
            ("no final line break", utf8(header + "A1;Ishøj;Sygedagpenge;2017-01-01;;")),
            ("quoted names with commas and quotes", utf8(header + """
                "A1";"Ishøj";"Fleksjob, ny ordning";2017-01-01;2017-06-30;"0,5"
                A2;Ishøj;"Fleksjob ""ny"" ordning";2017-01-01;;
                "A3
                continued";Tårnby;Fleksjob fra 2013;2015-12-31;2016-01-01;0,25

                """)),
            ("white space and Unicode spaces around names", utf8(header + " A1 ;\u{00A0}Ishøj\u{2003};\tSygedagpenge ;2017-01-01 ; ;\u{3000}\n")),
            ("decomposed letters (NFD)", utf8(header + "A1;Ta\u{030A}rnby;Kontanthjælp/Særl. udd.ydelse;2017-02-01;2017-02-28;\n")),
            ("leap years", utf8(header + """
                A1;Ishøj;Sygedagpenge;2016-02-29;2016-02-29;
                A2;Ishøj;Sygedagpenge;2017-02-29;2017-03-01;
                A3;Ishøj;Sygedagpenge;2000-02-29;;0,5
                A4;Ishøj;Sygedagpenge;1900-02-29;;

                """)),
            ("open cases and omfang", utf8(header + """
                A1;Ishøj;Kontanthjælp;2014-06-01;;
                A2;Ishøj;Kontanthjælp;2017-07-01;;1
                A3;Ishøj;Kontanthjælp;2017-07-01;;0,333333333333333333
                A4;Ishøj;Kontanthjælp;2017-07-01;;00,50
                A5;Ishøj;Kontanthjælp;2017-07-01;;1,000

                """)),
            ("bad omfang", utf8(header + """
                010203-1234;Ishøj;A-dagpenge;2017-01-01;;0
                010203-1235;Ishøj;A-dagpenge;2017-01-01;;1,5
                010203-1236;Ishøj;A-dagpenge;2017-01-01;;-0,5
                010203-1237;Ishøj;A-dagpenge;2017-01-01;;0,1234567890123456789
                010203-1238;Ishøj;A-dagpenge;2017-01-01;;0.5
                010203-1239;Ishøj;A-dagpenge;2017-01-01;;1.000
                0102031240;Ishøj;A-dagpenge;2017-01-01;;1234567890123456789012345678901234567
                ;Ishøj;A-dagpenge;2017-01-01;;abc

                """)),
            ("errors in every cell", utf8(header + """
                ;;;;;
                010203-1234;;Sygedagpeng;2017-1-01;2017-02-30;2
                010203-1235;Ishøj;Sygedagpenge;2017-03-01;2017-02-01;
                X;Ishøj;"Sygedagpenge";2017-03-01
                X;Ishøj;Sygedagpenge;2017-03-01;;;extra
                X;Ishøj;Sygedagpenge;2017-03-01;;;;  ;
                X;Ishøj;Sygedagpenge;2017-03-01;;;"";;

                """)),
            ("dates written the Danish way, and units in the header", utf8("sagsid;kommune;ydelse;fra (dato);til (dato);omfang (andel)\n" + """
                A1;Ishøj;Sygedagpenge;01-02-2017;28-02-2017;
                A2;Ishøj;Sygedagpenge;1.3.2017;31.03.2017;0,5
                A3;Ishøj;Sygedagpenge;1-4-2017;;
                A4;Ishøj;Sygedagpenge;29.02.2017;31-04-2017;
                A5;Ishøj;Sygedagpenge;1/5/2017;01-13-2017;
                A6;Ishøj;Sygedagpenge;01.05.17;1.5.2017.;

                """)),
            ("omfang in percent", utf8("sagsid;kommune;ydelse;fra;til;omfang (%)\nA1;Ishøj;Sygedagpenge;2017-01-01;;50\n")),
            ("other municipalities and periods", utf8(header + """
                A1;Roskilde;Sygedagpenge;2017-01-01;;
                A2;roskilde ;Sygedagpenge;2017-01-01;;
                A3;010203-1234;Sygedagpenge;2017-01-01;;
                A4;Ishøj;Sygedagpenge;2010-01-01;2014-12-31;
                A5;ISHØJ;Sygedagpenge;2018-01-01;;

                """)),
            ("quote after closing quote", utf8(header + good + "A2;\"Ishøj\"x;Sygedagpenge;2017-01-01;;\n" + good)),
            ("CR then text after closing quote", utf8(header + good + "A2;\"Ishøj\"\rx;Sygedagpenge;2017-01-01;;\n")),
            ("unterminated quote", utf8(header + good + "A2;\"Ishøj;Sygedagpenge;2017-01-01;;\n" + good)),
            ("empty file", []),
            ("only a BOM", [0xEF, 0xBB, 0xBF]),
            ("header only", utf8(header)),
            ("blank lines before the header", utf8("\n;;\n" + header + good)),
            ("missing and repeated columns", utf8("sagsid;kommune;ydelse;fra;fra\n" + good)),
            ("unknown column", utf8("sagsid;kommune;ydelse;fra;til;omfang;note\n" + "A1;Ishøj;Sygedagpenge;2017-01-01;;;hej\n")),
            ("comma-separated", utf8("sagsid,kommune,ydelse,fra,til,omfang\nA1,Ishøj,Sygedagpenge,2017-01-01,,\n")),
            ("Windows-1252", [UInt8](utf8(header)) + [0x41, 0x31, 0x3B, 0x49, 0x73, 0x68, 0xF8, 0x6A, 0x3B] + utf8("Sygedagpenge;2017-01-01;2017-13-01;\n")
                + [0x41, 0x32, 0x3B, 0xA0, 0x56, 0x61, 0x6C, 0x6C, 0x65, 0x6E, 0x73, 0x62, 0xE6, 0x6B, 0x3B] + utf8("Sygedagpenge;2017-01-01;;0,5\n")),
            ("Windows-1252 with its BOM look-alike", [0xEF, 0xBB, 0xBF] + utf8(header) + [0x41, 0x31, 0x3B, 0x49, 0x73, 0x68, 0xF8, 0x6A] + utf8(";Sygedagpenge;2017-01-01;;\n")),
            ("invalid UTF-8 after broken quoting", utf8(header + "A1;\"Ishøj\"x;Sygedagpenge;2017-01-01;;\n") + [0x41, 0xF8, 0x0A]),
            ("neither UTF-8 nor Windows-1252", utf8(header + good) + [0x41, 0x81, 0x0A]),
            ("truncated UTF-8 at the end", utf8(header + good) + [0xC3]),
            ("many quoted cells with quotes inside, read by parallel threads",
             utf8(header + (0..<3000).map { "\"A\($0)\"\"x\";\"Ishøj\";\"Fleksjob, \"\"ny\"\" ordning\";2017-01-01;;\"0,\($0 % 9 + 1)\"\n" }.joined())),
            ("a NUL byte", utf8(header + good + "A2;Ish") + [0x00] + utf8("øj;Sygedagpenge;2017-01-01;;\n")),
            ("a NUL byte after broken quoting", utf8(header + "A1;\"Ishøj\"x;Sygedagpenge;2017-01-01;;\n") + [0x41, 0x00, 0x0A]),
            ("UTF-16 with its byte order mark", [0xFF, 0xFE] + header.utf8.flatMap { [$0, 0] }),
            ("tabs and control characters in names", utf8(header + "A1;Ish\u{0007}øj;Sygedagpenge;2017-01-01;;\nA2;\"Ros\tkilde\";Sygedagpenge;2017-01-01;;\n")),
        ]
    }()

    @Test(arguments: edgeCases.map(\.0))
    func matchesTheReferenceReader(_ name: String) throws {
        let bytes = Self.edgeCases.first { $0.0 == name }!.1
        let (reference, fast) = try CaseReadHarness().both(bytes, tunings: CaseReadHarness.tunings)
        for (index, outcome) in fast.enumerated() {
            #expect(outcome == reference, "tuning \(CaseReadHarness.tunings[index])")
        }
    }

    @Test func exactFiguresOfLeapYearsOpenCasesAndOmfang() throws {
        let outcome = try CaseReadHarness().fast(Self.header + """
            A1;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;
            A2;Ishøj;Sygedagpenge;2016-02-01;2016-02-29;0,5
            A3;Ishøj;Sygedagpenge;2017-07-01;;
            A4;Tårnby;Fleksjob, ny ordning;2015-12-31;2016-01-01;0,25

            """)
        // 2017: 365 + 184 open days of 365; 2016 (leap): 29 × 0,5 of 366; one day × 0,25 each year.
        #expect(outcome.figures == [
            "Ishøj|sygedagpenge|2017: 549/365 Input/sager/s.csv:2–4 (2 rows), 549/1 person-days of 365 Input/sager/s.csv:2",
            "Ishøj|sygedagpenge|2016: 29/732 Input/sager/s.csv:3–3 (1 rows), 29/2 person-days of 366 Input/sager/s.csv:3",
            "Tårnby|fleksjob-ny-ordning|2016: 1/1464 Input/sager/s.csv:5–5 (1 rows), 1/4 person-days of 366 Input/sager/s.csv:5",
            "Tårnby|fleksjob-ny-ordning|2015: 1/1460 Input/sager/s.csv:5–5 (1 rows), 1/4 person-days of 365 Input/sager/s.csv:5",
        ])
        #expect(outcome.ledger["Input/sager/s.csv"] == InputLedger.Tally(read: 4, used: 4))
    }

    @Test func danishDatesCountAsTheirISOForms() throws {
        let iso = try CaseReadHarness().fast(Self.header + "A1;Ishøj;Sygedagpenge;2017-02-01;2017-02-28;\nA2;Ishøj;Sygedagpenge;2017-03-01;;0,5\n")
        let danish = try CaseReadHarness().fast(Self.header + "A1;Ishøj;Sygedagpenge;01-02-2017;28.2.2017;\nA2;Ishøj;Sygedagpenge;1.3.2017;;0,5\n")
        #expect(danish.figures == iso.figures)
        #expect(danish.figures.first?.hasPrefix("Ishøj|sygedagpenge|2017: ") == true)
        #expect(danish.ledger["Input/sager/s.csv"] == InputLedger.Tally(read: 2, used: 2))
    }

    @Test func errorsNameTheirPlaceAndMaskTheCaseID() throws {
        let outcome = try CaseReadHarness().fast(Self.header + """
            010203-1234;Ishøj;Sygedagpeng;2017-01-01;2017-02-30;1,5
            "010203-1235";"Ishøj";Sygedagpenge;2017-03-01;2017-02-01;
            X;Ishøj;Sygedagpenge;2017-03-01

            """)
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:2:19: error: unknown benefit \"Sygedagpeng\"; did you mean \"Sygedagpenge\"?",
            "Input/sager/s.csv:2:42: error: til \"2017-02-30\" is not a date: February 2017 has 28 days",
            "Input/sager/s.csv:2:53: error: omfang \"1,5\" is outside (0, 1]: it is the share of a full benefit, e.g. 0,5 (case ******-**34)",
            "Input/sager/s.csv:3:47: error: til 2017-02-01 is before fra 2017-03-01 (case ******-**35)",
            "Input/sager/s.csv:4: error: the row has 4 fields, the header has 6",
        ])
        #expect(outcome.ledger["Input/sager/s.csv"] == InputLedger.Tally(read: 3, rejected: 3))
    }

    @Test func windows1252IsReadWithAWarningAndColumnsInCharacters() throws {
        let bytes = Array(Self.header.utf8) + [0x41, 0x31, 0x3B, 0x49, 0x73, 0x68, 0xF8, 0x6A, 0x3B] + Array("Sygedagpenge;2017-01-01;2017-13-01;\n".utf8)
        let outcome = try CaseReadHarness().fast(bytes)
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv: warning: the file is not valid UTF-8; read it as Windows-1252 (Danish Excel's \"CSV (semikolonsepareret)\"); save it as \"CSV UTF-8\" to avoid this warning",
            "Input/sager/s.csv:2:34: error: til \"2017-13-01\" is not a date: there is no month 13 (the day comes first: 01-03-2017 is 1 March 2017)",
        ])
    }

    @Test func brokenQuotingStopsTheFileAfterTheRowsBeforeIt() throws {
        let outcome = try CaseReadHarness().fast(Self.header + "A1;Ishøj;Sygedagpenge;2017-01-01;;\nA2;Ishøj;\"Syge\"dagpenge;2017-01-01;;\nA3;Ishøj;Sygedagpenge;2017-01-01;;\n")
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:3:16: error: unexpected text after the closing quote of a quoted field; a quote inside a quoted field is written \"\"",
        ])
        #expect(outcome.ledger["Input/sager/s.csv"] == InputLedger.Tally(read: 1, used: 1))
    }

    /// A national file (98 municipalities, of which the harness names three) cut into parts
    /// of every size and read by 1–7 threads gives the reference's result every time.
    @Test func threadsAndPartsDoNotChangeTheResult() throws {
        let folder = TestScratch.root.appendingPathComponent("cases-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DataSetGenerator.write(DataSetOptions(rows: 4000, seed: 7), to: folder)
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("Input/sager/sager.csv")))
        let (reference, fast) = try CaseReadHarness().both(bytes, tunings: CaseReadHarness.tunings + [
            CaseReadTuning(threads: 2, partSize: 4096, minimumPart: 1),
            CaseReadTuning(threads: 4, partSize: 1000, minimumPart: 100),
        ])
        #expect(reference.figures.count > 20)
        #expect(reference.unknownMunicipalities.count == 95)
        for outcome in fast { #expect(outcome == reference) }
    }

    /// Random damage to a small file (flipped, inserted, deleted bytes): quotes, line breaks,
    /// non-UTF-8 bytes in any place; the readers agree on every variant.
    @Test func mutatedFilesMatchTheReferenceReader() throws {
        let base = Array((Self.header + """
            010203-1234;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;
            "A2";Vallensbæk;"Fleksjob, ny ordning";2016-02-01;;0,5
            A3;Tårnby;Kontanthjælp;2015-06-01;2017-02-28;1
            A4;Roskilde;A-dagpenge;2017-01-01;;0,25

            """).utf8)
        var random = SeededRandom(seed: 11)
        let harness = CaseReadHarness(limit: 5)
        // The second also puts every round's overlap probes in the spill file: a reading dropped
        // for Windows-1252 must leave none of its probes behind.
        let tunings = [CaseReadTuning(threads: 1), CaseReadTuning(threads: 3, partSize: 9, minimumPart: 1, probeMemory: 1)]
        for _ in 0..<300 {
            let bytes = random.mutate(base, interesting: [0x22, 0x3B, 0x0A, 0x0D, 0x2C, 0x2D, 0xC3, 0xF8, 0x81, 0x20, 0xA0])
            let (reference, fast) = try harness.both(bytes, tunings: tunings)
            for outcome in fast {
                #expect(outcome == reference, "\(bytes)")
            }
        }
    }
}
