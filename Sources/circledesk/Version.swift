/// The program's version, shown by `--version`.
let circleDeskVersion = "0.1.0"
