"""nbgrader's Execute step with the sandboxed kernel, and a way out of a kernel that hangs.

nbgrader interrupts a cell that runs past the timeout. A cell that ignores the interrupt
(it catches KeyboardInterrupt, or blocks SIGINT) would leave the kernel busy for ever, and
nbgrader would give up on the whole notebook, so questions answered before it lost their
points. Here the kernel gets a few seconds to answer after the interrupt; if it does not,
it is stopped (with every process it started), the stuck cell and every later code cell
are marked as not run, and the grade cells that already ran keep their results.
"""

from __future__ import annotations

import time
from queue import Empty
from typing import Any

from jupyter_core.utils import run_sync
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute

from score_helpers.grading.sandbox import SandboxedKernelManager

AFTER_INTERRUPT_SECONDS = 5.0
STUCK = ("SCORE-lab: this cell did not stop when it was interrupted after the time limit, "
         "so the notebook's kernel was stopped here.")
NOT_RUN = "SCORE-lab: not run, because an earlier cell did not stop (see above)."


def _error_output(name: str, text: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=name, evalue=text, traceback=[text])


class SandboxedExecute(Execute):
    """Execute with SandboxedKernelManager, stopping a kernel that ignores interrupts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["kernel_manager_class"] = SandboxedKernelManager
        super().__init__(*args, **kwargs)
        self.kernel_stopped = False

    async def _async_handle_timeout(self, timeout: int,
                                    cell: NotebookNode | None = None) -> dict[str, Any] | None:
        """Interrupt as nbgrader does; stop the kernel if it still does not answer."""
        reply = await super()._async_handle_timeout(timeout, cell)
        if not await self._answers_within(AFTER_INTERRUPT_SECONDS):
            self.log.error("The kernel ignored the interrupt: stopping it")
            self.kernel_stopped = True
            assert self.km is not None
            await self.km.shutdown_kernel(now=True)
        return reply

    async def _answers_within(self, seconds: float) -> bool:
        """True when the kernel replies to a kernel_info request within `seconds` (it only
        can once the interrupted cell has really stopped)."""
        assert self.kc is not None
        msg_id = self.kc.kernel_info()
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                msg = await self.kc.shell_channel.get_msg(timeout=left)
            except (TimeoutError, Empty):
                return False
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return True
        return False

    async def async_execute_cell(self, cell: NotebookNode, cell_index: int,
                                 execution_count: int | None = None,
                                 store_history: bool = True) -> NotebookNode:
        """Run the cell, unless the kernel was stopped; a stopped kernel's error is noted
        in the cell, not raised."""
        if self.kernel_stopped:
            if cell.cell_type == "code" and cell.source.strip():
                cell.outputs = [_error_output("NotRun", NOT_RUN)]
            return cell
        try:
            return await super().async_execute_cell(cell, cell_index, execution_count,
                                                    store_history)
        except Exception:
            if not self.kernel_stopped:
                raise
            cell.outputs = [*cell.get("outputs", []), _error_output("CellTimeoutError", STUCK)]
            return cell

    execute_cell = run_sync(async_execute_cell)
