import LeagueCore

/// What an import says about the file it read: where a problem is and what it is.
enum ImportWords: CaseIterable, Sendable {
    case lineColumn, line, recordColumn, record, cellColumn
    case notText, or, unterminatedQuote, notJSON, empty, workbook, missingColumn, repeatedColumn
    case wrongFieldCount, duplicate, ambiguous, notAllowed
    case moreLines, moreLinesAlike, notTextAt, maskedPhones

    static let book = PhraseBook<ImportWords>(
        zh: [
            .lineColumn: "第 %d 行“%@”：", .cellColumn: "%@“%@”：", .line: "第 %d 行：", .recordColumn: "第 %d 条“%@”：", .record: "第 %d 条：",
            .notText: "不是 %@ 文本，可用 --encoding 指定编码", .or: " 或 ", .unterminatedQuote: "引号没有闭合",
            .notJSON: "不是可读的 JSON 记录列表（%@）", .empty: "文件是空的",
            .workbook: "这是旧格式的 Excel/WPS 工作簿（%@）：请在 Excel 或 WPS 里“另存为” Excel 工作簿（.xlsx）或 CSV 后导入那个文件",
            .missingColumn: "缺少这一列", .repeatedColumn: "这一列出现了两次", .wrongFieldCount: "应有 %d 列，实有 %d 列",
            .duplicate: "与第 %d 行重复", .ambiguous: "与已有的多人同名同年，请补上手机号", .notAllowed: "无权修改该乡镇的数据",
            .notTextAt: "不是 %@ 文本（从这一行第 %d 个字节起；文件可能被截断或混入了别的编码）",
            .maskedPhones: "这个文件是遮盖了电话的导出（如 138****5678，共 %d 行），导入不了：请有权限的同事用 --include-personal 导出完整号码后再导入",
            .moreLines: "（另有 %d 行同样的问题，第 %d 行起）", .moreLinesAlike: "（另有 %d 行类似的问题，第 %d 行起）",
        ],
        en: [
            .lineColumn: "line %d, %@: ", .cellColumn: "%@, %@: ", .line: "line %d: ", .recordColumn: "record %d, %@: ", .record: "record %d: ",
            .notText: "not %@ text; name the encoding with --encoding", .or: " or ", .unterminatedQuote: "a quote is opened and never closed",
            .notJSON: "not a readable JSON list of records (%@)", .empty: "the file is empty",
            .workbook: "this is an old-style Excel/WPS workbook (%@): in Excel or WPS use Save As, Excel Workbook (.xlsx) or CSV, and import that file",
            .missingColumn: "this column is missing", .repeatedColumn: "this column appears twice",
            .wrongFieldCount: "the header has %d fields, this line %d",
            .duplicate: "the same as line %d", .ambiguous: "matches several people already on file; add their phone",
            .notAllowed: "you may not change this township's records",
            .notTextAt: "not %@ text from byte %d of the line (the file may be cut short or mix encodings)",
            .maskedPhones: "this file was exported with the phones masked (like 138****5678, %d lines) and cannot be imported: export it again with --include-personal (admins and desk staff), then import that",
            .moreLines: " (and %d more lines like this, from line %d)", .moreLinesAlike: " (and %d more lines of this kind, from line %d)",
        ])
}
