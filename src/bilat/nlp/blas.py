"""The model's matrix products on numpy's OpenBLAS, one thread, instead of thinc's default blis.

thinc's ``NumpyOps`` multiplies with blis, whose build here picks its Haswell kernels; numpy ships an
OpenBLAS that picks the machine's own. For the model's products (a batch of tokens times a layer's
weights: tok2vec's and the NER's maxout layers, the parser's precomputed features) OpenBLAS takes about
a quarter of blis's CPU, and spaCy as a whole about a fifth less, with the same tags, parses and entities
on the development stories (``tests/nlp/test_blas.py``, ``benchmarks/same_output.py``).

One thread: the runners already give each core its own process, and OpenBLAS's own threads would spend
more CPU than they save (they spin while waiting) and would fight the pool's workers for the cores.
The parser's transition loop keeps thinc's compiled blis calls (``ops.cblas()``): it is not a Model layer.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy
from thinc.api import use_ops

# Names numpy's bundled OpenBLAS exports its thread setter under (numpy 2 wheels, then numpy 1 wheels).
THREAD_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def _numpy_openblas() -> ctypes.CDLL | None:
    libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(libs.glob("*openblas*.so*")):
        try:
            return ctypes.CDLL(str(path))
        except OSError:
            continue
    return None


def one_blas_thread() -> bool:
    """Ask numpy's OpenBLAS for one thread; False when its library or setter is not found (then it keeps
    its own default, which costs some CPU but changes no result)."""
    lib = _numpy_openblas()
    if lib is None:
        return False
    for name in THREAD_SETTERS:
        setter = getattr(lib, name, None)
        if setter is not None:
            setter(1)
            return True
    return False


@contextmanager
def numpy_matrix_products() -> Iterator[None]:
    """Models built inside this block multiply with numpy (thinc binds a layer's ops when it is made):
    only the model loaded here changes, never one loaded elsewhere in the process."""
    one_blas_thread()
    with use_ops("numpy", use_blis=False):
        yield
