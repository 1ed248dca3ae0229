"""The speech verbs of a quote's tag, shared by every rule that reads who said a sentence.

Why: Indonesian news closes a quote with a bare verb ("…," kata X / ujar X / jelasnya / tambahnya) or
opens it with the meN-…-kan form ("X mengatakan, …"); English with "said / says / added / told". One
vocabulary here so every rule hears the same verbs (fragments for ``re.IGNORECASE`` patterns).
"""

from __future__ import annotations

# the bare verb of a tag, before the speaker or with the clitic: "kata X", "ujarnya", "tegas X", "imbuhnya"
SAY = "kata|ujar|ucap|ungkap|jelas|tutur|papar|terang|imbuh|tambah|tegas"
# the same verbs with any suffix ("katanya", "ungkapkan", "paparan"), but never the noun "tambahan" (addition)
SAY_STEM = rf"(?!tambahan\b)(?:{SAY})\w*"
# English: "…," said X / X said / he added
SAY_EN = "said|says|stated|noted|explained|added|told"
# the active meN-…-kan verbs: "X mengatakan, …", "… menjelaskan X"
SAY_MEN = ("mengatakan|menyatakan|menjelaskan|menegaskan|menuturkan|mengungkapkan|menyampaikan|memaparkan|"
           "menerangkan|menambahkan|menyebutkan")
