"""Imports: plain, dotted, aliased, relative, from-import, star."""
import os
import os.path as osp
import xml.etree.ElementTree
from . import sibling
from ..parent import name as alias, other
from collections import *
