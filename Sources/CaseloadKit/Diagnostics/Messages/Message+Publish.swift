/// The catalogue's messages about writing the results: the output folder, its run lock,
/// the staging folder and the swap. `reason` is the system's own words (strerror).
extension Message {
    /// The year folder is a file.
    static func yearFolderIsFile(_ folder: String) -> Message {
        Message(en: "\(folder) is a file, not a folder; move it away and run again",
                da: "\(folder) er en fil, ikke en mappe; flyt den væk, og kør igen")
    }

    /// A folder that cannot be created.
    static func cannotCreate(_ path: String, reason: String) -> Message {
        Message(en: "cannot create \(path): \(reason)", da: "kan ikke oprette \(path): \(reason)")
    }

    /// The results cannot be staged; `leftover` says what became of the staging folder.
    static func cannotWriteResults(beside folder: String, in parent: String, reason: String, leftover: Message?) -> Message {
        Message(en: "cannot write results beside \(folder) (in \(parent)): \(reason); the previous results are kept" + (leftover?.en ?? ""),
                da: "kan ikke skrive resultaterne ved siden af \(folder) (i \(parent)): \(reason); de tidligere resultater er bevaret" + (leftover?.da ?? ""))
    }

    /// The staged results cannot be swapped in.
    static func cannotSwapResults(into folder: String, problem: Message, leftover: Message) -> Message {
        Message(en: "cannot swap the new results into \(folder): \(problem.en); the previous results are kept" + leftover.en,
                da: "kan ikke bytte de nye resultater ind i \(folder): \(problem.da); de tidligere resultater er bevaret" + leftover.da)
    }

    /// The staged results cannot be moved into place (there were none before).
    static func cannotMoveResults(into folder: String, reason: String, leftover: Message) -> Message {
        Message(en: "cannot move the new results into \(folder): \(reason)" + leftover.en,
                da: "kan ikke flytte de nye resultater ind i \(folder): \(reason)" + leftover.da)
    }

    /// After a failed swap: the staging folder is gone.
    static var nothingLeftBehindAnd: Message { Message(en: " and nothing was left behind", da: ", og intet er efterladt") }

    /// After a failed move: the staging folder is gone.
    static var nothingLeftBehind: Message { Message(en: "; nothing was left behind", da: "; intet er efterladt") }

    /// After a failure: the staging folder could not be removed.
    static func stagingNotRemoved(_ path: String, reason: String) -> Message {
        Message(en: "; the staging folder \(path) could not be removed (\(reason)) and is cleared by the next run",
                da: "; mellemmappen \(path) kunne ikke fjernes (\(reason)) og ryddes op ved næste kørsel")
    }

    /// The file system cannot exchange two folders in one step.
    static var swapUnsupported: Message {
        Message(en: "the file system there does not support replacing a folder in one step (renameat2 RENAME_EXCHANGE), which caseload needs so that a failed run never leaves half the results; write the results to a local disk (output: in pipeline.yml)",
                da: "filsystemet der kan ikke udskifte en mappe i ét trin (renameat2 RENAME_EXCHANGE), hvilket caseload kræver, så en mislykket kørsel aldrig efterlader halve resultater; skriv resultaterne til en lokal disk (output: i pipeline.yml)")
    }

    /// The staging folder and the results are on different file systems.
    static var swapAcrossFileSystems: Message {
        Message(en: "the staging folder and the results are on different file systems",
                da: "mellemmappen og resultaterne ligger på forskellige filsystemer")
    }

    /// No permission to change the folder.
    static func swapNoPermission(_ reason: String) -> Message {
        Message(en: "no permission to change the folder (\(reason))", da: "ingen tilladelse til at ændre mappen (\(reason))")
    }

    /// Another failure of the swap: the system's words with the step that failed.
    static func swapFailed(_ reason: String) -> Message {
        Message(en: reason, da: "systemet melder: \(reason)")
    }

    /// A result file that cannot be created.
    static func cannotCreateFile(_ name: String) -> Message {
        Message(en: "cannot create \(name)", da: "kan ikke oprette \(name)")
    }

    /// The workbook is past what a ZIP file without ZIP64 holds (65,535 parts, 4 GiB).
    static var workbookTooLarge: Message {
        Message(en: "afstemning.xlsx is too large for a ZIP file without ZIP64 (at most 65,535 parts and 4 GiB); leave xlsx out of reports: in pipeline.yml",
                da: "afstemning.xlsx er for stor til en ZIP-fil uden ZIP64 (højst 65.535 dele og 4 GiB); fjern xlsx fra reports: i pipeline.yml")
    }

    /// A folder that cannot be opened to flush it.
    static func cannotOpenFolder(_ path: String) -> Message {
        Message(en: "cannot open \(path)", da: "kan ikke åbne \(path)")
    }

    /// The output folder cannot be created.
    static func cannotCreateOutputFolder(_ folder: String, reason: String) -> Message {
        Message(en: "cannot create the output folder \(folder): \(reason)", da: "kan ikke oprette outputmappen \(folder): \(reason)")
    }

    /// The run lock file cannot be created.
    static func cannotCreateLockFile(_ path: String, reason: String) -> Message {
        Message(en: "cannot create the lock file \(path): \(reason)", da: "kan ikke oprette låsefilen \(path): \(reason)")
    }

    /// The run lock cannot be taken at all.
    static func cannotLockUnsupported(_ path: String, reason: String) -> Message {
        Message(en: "cannot lock \(path) (\(reason)); the file system may not support locks",
                da: "kan ikke låse \(path) (\(reason)); filsystemet understøtter måske ikke låsning")
    }

    /// Waiting for the run lock failed.
    static func cannotLock(_ path: String, reason: String) -> Message {
        Message(en: "cannot lock \(path): \(reason)", da: "kan ikke låse \(path): \(reason)")
    }

    /// Another run holds the output folder and `--no-wait` was given.
    static func anotherRunBusy(_ folder: String) -> Message {
        Message(en: "another caseload run is writing \(folder) right now; nothing was done. Run again when it has finished, or leave out --no-wait to wait for it",
                da: "en anden kørsel af caseload skriver til \(folder) lige nu; intet er gjort. Kør igen, når den er færdig, eller udelad --no-wait for at vente på den")
    }

    /// The new lock file cannot be written before the swap.
    static func cannotWritePendingLock(_ name: String, beside config: String, reason: String) -> Message {
        Message(en: "cannot write \(name) beside \(config) (\(reason)); nothing was written",
                da: "kan ikke skrive \(name) ved siden af \(config) (\(reason)); intet er skrevet")
    }

    /// The lock file cannot be updated after the swap.
    static func cannotUpdateLock(_ name: String, reason: String) -> Message {
        Message(en: "the results are written, but \(name) could not be updated (\(reason)); the next run or status settles it",
                da: "resultaterne er skrevet, men \(name) kunne ikke opdateres (\(reason)); næste kørsel eller status retter det")
    }
}
