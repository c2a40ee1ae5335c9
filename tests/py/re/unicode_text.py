# re on non-ASCII text: \w matches letters of any script by default, case-insensitive unicode.
import re
s = "Größe: 12 Äpfel, naïve café, 東京 2024"
print(re.findall(r"\w+", s), re.findall(r"[äöüß]", s), re.findall(r"(?i)äPFEL", s))
print(re.sub(r"\s+", "_", s), re.split(r"[,:]\s*", s), len(re.findall(r".", "日本語")))
print(re.search(r"\d+", "٣٤ and 56").group(), re.findall(r"\d+", "٣٤ and 56", re.ASCII))
