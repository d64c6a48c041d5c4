#!/usr/bin/env python3
"""Writes the man page circledesk(1) in one language from the program's own help
(`circledesk --experimental-dump-help`), Chinese kept whole. Usage:
    CIRCLEDESK_LANG=zh scripts/manual.py BIN zh > man/zh_CN/circledesk.1
The date is the last commit's (or SOURCE_DATE_EPOCH), so that the page repeats."""
import json, os, subprocess, sys, time

binary, language = sys.argv[1], sys.argv[2]
help = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True, capture_output=True,
                                 env={**os.environ, "CIRCLEDESK_LANG": language}).stdout)["command"]

WORDS = {
    "en": {"NAME": "NAME", "SYNOPSIS": "SYNOPSIS", "DESCRIPTION": "DESCRIPTION", "OPTIONS": "OPTIONS",
           "COMMANDS": "COMMANDS", "command": "command", "EXIT STATUS": "EXIT STATUS", "FILES": "FILES",
           "exit": ["0: done.", "1: a mistake the user can fix, said in one line on standard error.",
                    "2: an internal error, written whole to the error log; the line names where.",
                    "3: sla found something overdue (with --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)."],
           "files": [("/etc/circledesk/circledesk.conf", "The office's settings: server, database, backups."),
                     ("~/.local/share/circledesk/league.sqlite", "The database on a laptop, without a server."),
                     ("~/.local/state/circledesk/errors.log", "Internal errors, readable by their owner only.")]},
    "zh": {"NAME": "名称", "SYNOPSIS": "概要", "DESCRIPTION": "描述", "OPTIONS": "选项",
           "COMMANDS": "命令", "command": "命令", "EXIT STATUS": "退出状态", "FILES": "文件",
           "exit": ["0：完成。", "1：用户可以改正的错误，在标准错误输出一行说明。",
                    "2：内部错误，完整记入错误日志；那一行说明记在哪里。",
                    "3：sla 发现有超时的求助（--format nagios 时：0 OK、1 WARNING、2 CRITICAL、3 UNKNOWN）。"],
           "files": [("/etc/circledesk/circledesk.conf", "办公室的设置：server、database、backups。"),
                     ("~/.local/share/circledesk/league.sqlite", "没有服务器时笔记本上的数据库。"),
                     ("~/.local/state/circledesk/errors.log", "内部错误，只有其所有者可读。")]},
}[language]

# The parser's own words, which the program cannot translate in its --help.
BUILT_IN = {"zh": {"Show the version.": "显示版本。", "Show help information.": "显示帮助信息。"}}.get(language, {})

def text(value):
    """Lines of running text: backslashes shown, no line taken for a request."""
    value = BUILT_IN.get(value, value)
    lines = []
    for line in value.replace("\\", "\\e").split("\n"):
        lines.append(".Pp" if not line.strip() else ("\\&" + line if line[:1] in ".'" else line))
    return lines

def arg(value):
    """One argument of a macro line."""
    return '"' + value.replace("\\", "\\e").replace('"', '\\(dq') + '"' if any(c in value for c in ' "\\') else value

def usage(argument):
    names = argument.get("names") or []
    if argument["kind"] == "positional":
        shown = "Ar " + arg(argument["valueName"])
    else:
        name = argument["preferredName"]
        shown = "Fl " + ("-" if name["kind"] == "long" else "") + name["name"]
        if argument["kind"] == "option":
            shown += " Ar " + arg(argument["valueName"])
    return shown

GLOBAL = {json.dumps(a["names"]) for a in help["arguments"]}

def options(command):
    """The command's own options; the global ones are listed once, under OPTIONS."""
    shown = [a for a in command.get("arguments", []) if a.get("shouldDisplay", True)
             and (command is help or json.dumps(a.get("names")) not in GLOBAL)]
    if not shown:
        return []
    lines = [".Bl -tag -width 6n"]
    for argument in shown:
        names = [("-" if n["kind"] == "long" else "") + n["name"] for n in argument.get("names") or []]
        if argument["kind"] == "positional":
            lines.append(".It Ar " + arg(argument["valueName"]))
        else:
            value = " Ar " + arg(argument["valueName"]) if argument["kind"] == "option" else ""
            lines.append(".It " + " , ".join("Fl " + n for n in names) + value)
        lines += text(argument.get("abstract", "")) + (text(argument["discussion"]) if argument.get("discussion") else [])
    return lines + [".El"]

def commands(command):
    subcommands = [c for c in command.get("subcommands", []) if c.get("shouldDisplay", True) and c["commandName"] != "help"]
    if not subcommands:
        return []
    lines = [".Bl -tag -width 6n"]
    for sub in subcommands:
        lines.append(".It Em " + sub["commandName"])
        lines += text(sub.get("abstract", ""))
        if sub.get("discussion"):
            lines += [".Pp"] + text(sub["discussion"])
        lines += options(sub) + commands(sub)
    return lines + [".El"]

moment = int(os.environ.get("SOURCE_DATE_EPOCH") or subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True).stdout.strip() or time.time())
page = ['.\\" Made by scripts/manual.py from the program\'s own help; edit the help, then run make man.',
        ".Dd " + time.strftime("%B %-d, %Y", time.gmtime(moment)), ".Dt CIRCLEDESK 1", ".Os",
        ".Sh " + WORDS["NAME"], ".Nm circledesk", ".Nd " + help["abstract"],
        ".Sh " + WORDS["SYNOPSIS"], ".Nm", ".Op Ar " + arg(WORDS["command"])]
page += [".Op " + usage(a) for a in help["arguments"] if a.get("shouldDisplay", True)]
page += [".Sh " + WORDS["DESCRIPTION"]] + text(help.get("discussion", ""))
page += [".Sh " + WORDS["OPTIONS"]] + options(help)
page += [".Sh " + WORDS["COMMANDS"]] + commands(help)
page += [".Sh " + WORDS["EXIT STATUS"], ".Bl -bullet"] + sum(([".It"] + text(line) for line in WORDS["exit"]), []) + [".El"]
page += [".Sh " + WORDS["FILES"], ".Bl -tag -width 6n"] + sum(([".It Pa " + path] + text(what) for path, what in WORDS["files"]), []) + [".El"]
print("\n".join(page))
