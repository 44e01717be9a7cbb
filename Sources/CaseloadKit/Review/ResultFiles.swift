/// The names of the result files that `caseload diff` compares.
public enum ResultFiles {
    /// The municipalities' rows; every run writes it.
    public static let main = "afstemning.csv"
    /// The jobcenter's rows; written only when pipeline.yml names a jobcenter.
    public static let total = "afstemning-total.csv"
}
