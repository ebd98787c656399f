#!/usr/bin/python3
"""Reads a TMX file with translate-toolkit (translate.storage.tmx) and writes a PO file with its po storage:
what translate-toolkit's tmx2po would do, for Debian's translate-toolkit 3.8, which ships no tmx2po."""
import sys
from translate.storage import po, tmx

source = tmx.tmxfile.parsefile(sys.argv[1])
target = po.pofile()
for unit in source.units:
    if not unit.source:
        continue
    entry = target.addsourceunit(unit.source)
    entry.target = unit.target
    notes = unit.getnotes()
    if notes:
        entry.addnote(notes, origin="translator")
with open(sys.argv[2], "wb") as out:
    target.serialize(out)
