# With raise_late.py: the image's status is the first non-zero job status.
import sys

sys.exit(4)
