/// Sums the rows of a budget given by account into one budget line per municipality, year,
/// benefit, grundlag and budget version, keeping every row it was summed from.
struct AccountBudgetSum {
    private struct Key: Hashable {
        let municipality: MatchKey
        let year: Int
        let benefit: BenefitID
        let grundlag: Grundlag
        let version: BudgetVersion
    }

    private struct AccountKey: Hashable {
        let municipality: MatchKey
        let year: Int
        let account: AccountFunction
        let grundlag: Grundlag
        let version: BudgetVersion
    }

    private var order: [Key] = []
    private var names: [Key: String] = [:]
    private var parts: [Key: [BudgetAccount]] = [:]
    private var sums: [Key: Int64] = [:]
    private var seen: [AccountKey: SourceLocation] = [:]

    /// Why a row could not be added.
    enum Refusal {
        /// The same account was already given, here.
        case duplicate(SourceLocation)
        /// The sum would leave ±10^13 kr.
        case sumTooLarge
    }

    /// Adds a row, or says why it cannot be added (and adds nothing).
    mutating func add(_ part: BudgetAccount, municipality: String, year: Int, benefit: BenefitID, grundlag: Grundlag,
                      version: BudgetVersion = .oprindeligt) -> Refusal? {
        let accountKey = AccountKey(municipality: MatchKey(municipality), year: year, account: part.account, grundlag: grundlag,
                                    version: version)
        if let first = seen[accountKey] { return .duplicate(first) }
        let key = Key(municipality: MatchKey(municipality), year: year, benefit: benefit, grundlag: grundlag, version: version)
        let sum = (sums[key] ?? 0) + part.amount.oere  // both within ±10^15 øre: no overflow
        guard sum.magnitude <= Kroner.limit.oere.magnitude else { return .sumTooLarge }
        seen[accountKey] = part.origin
        if parts[key] == nil {
            order.append(key)
            names[key] = municipality
        }
        sums[key] = sum
        parts[key, default: []].append(part)
        return nil
    }

    /// One line per key, in the order the keys were first met.
    var lines: [BudgetLine] {
        // `add` gives every key in `order` its name, its parts (at least one) and its sum.
        order.compactMap { key in
            guard let rows = parts[key], let first = rows.first, let total = sums[key], let name = names[key] else { return nil }
            var line = BudgetLine(municipality: name, year: key.year, benefit: key.benefit, amount: Kroner(oere: total),
                                  grundlag: key.grundlag, origin: first.origin)
            line.accounts = rows
            line.version = key.version
            return line
        }
    }
}
