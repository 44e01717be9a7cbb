import Foundation
import Testing

/// What the shipped binary loads when it starts: libcurl and the ~30 libraries under it
/// (about 10 MiB of resident memory) only when `fetch jobindsats` makes its first request,
/// never at the start of a command (docs/benchmarks.md, "The memory floor").
@Suite struct StartUpLibrariesTests {
    /// The libraries the dynamic linker loads for `caseload arguments`, by glibc's `LD_DEBUG=libs`.
    func loaded(_ arguments: [String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory
        return try CaseloadProcess.run(arguments, in: folder, environment: ["LD_DEBUG": "libs"]).stderr
    }

    @Test func aCommandStartsWithoutLibcurl() throws {
        let trace = try loaded(["--version"])
        #expect(trace.contains("libFoundation.so"), "LD_DEBUG=libs traced nothing")
        #expect(!trace.contains("libcurl"))
        #expect(!trace.contains("libFoundationNetworking"))
    }

    /// Without a libcurl to open, `fetch jobindsats` stops with exit 3 and says how to get one,
    /// in both languages, and writes nothing (the library is opened before any connection).
    @Test(arguments: [
        ("en", "error: caseload could not open libcurl, which fetch uses to reach Jobindsats (/nonexistent/libcurl.so.4: cannot open shared object file: No such file or directory); install it (Debian/Ubuntu: apt-get install libcurl4) or give its path in CASELOAD_LIBCURL; nothing was written to Input/faktisk\n"),
        ("da", "fejl: caseload kunne ikke åbne libcurl, som fetch bruger til at hente fra Jobindsats (/nonexistent/libcurl.so.4: cannot open shared object file: No such file or directory); installér den (Debian/Ubuntu: apt-get install libcurl4), eller angiv dens sti i CASELOAD_LIBCURL; intet er skrevet i Input/faktisk\n"),
    ])
    func aFetchWithoutLibcurlSaysHowToGetIt(_ language: String, _ expected: String) throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": "id;navn;aliaser;jobindsats\na-dagpenge;A-dagpenge;;y01a02\n",
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1.000.000\nIshøj;2017;A-dagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n",
            "Input/faktisk/faktisk-2015.csv": "kommune;år;ydelse;helårspersoner\nVallensbæk;2015;A-dagpenge;205\nIshøj;2015;A-dagpenge;538\n",
        ])
        let before = try snapshot(scenario.folder)
        let result = try CaseloadProcess.run(["fetch", "jobindsats", "--base-url", "http://127.0.0.1:9", "--sprog", language],
                                             in: scenario.folder,
                                             environment: ["JOBINDSATS_TOKEN": "t", "CASELOAD_LIBCURL": "/nonexistent/libcurl.so.4"])
        #expect(result.status == 3)
        #expect(result.stderr == expected)
        #expect(try snapshot(scenario.folder) == before)
    }
}
