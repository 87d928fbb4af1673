"""Validates a notebook against the nbformat schema, runs it in a real Jupyter
client (nbclient) with the kernel named on the command line, and prints, as
JSON, each code cell's saved output text and the text it printed when run
(a figure as its SVG).

Used by test/build/downloads.test.ts:

    /usr/bin/python3 run-notebook.py NOTEBOOK KERNEL_NAME

Run with allow_errors=False, as "Run all" would stop at an error: only a cell
tagged `raises-exception` may fail (nbclient's own convention).
"""
import json
import queue
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

# How long a cell may stay quiet before its output counts as complete.
QUIET_SECONDS = 1.0


# Deno's kernel sometimes loses a cell's result when V8 collects garbage while
# the cell runs ("CDP response has null result ... Promise was collected", on
# its stderr), and then reports the cell as failed with the bare message
# "Execution failed", although the cell's code ran: denoland/deno#20528, fixed
# there once and still seen with Deno 2.x, more often in cells that allocate
# much (a plot's first draw loads the renderer). That message is never an
# exception of the cell's own code, which reports its own error; such a cell
# is run again, at most this many times.
KERNEL_FAULT_RETRIES = 2


def is_kernel_fault(error):
    return "Execution failed" in f"{error.evalue} {error.traceback}" and "Promise" not in f"{error.ename}"


class LateOutputClient(NotebookClient):
    """nbclient stops reading a cell's output at the kernel's `idle` message.
    Deno's kernel (2.x) sometimes sends a cell's last printed line just after
    it, which JupyterLab still shows in the cell (it files output by the
    request it answers) but nbclient would drop. So after each cell, keep
    reading until the kernel has been quiet for QUIET_SECONDS, and file what
    answers that cell's request under it."""

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        for attempt in range(1 + KERNEL_FAULT_RETRIES):
            try:
                cell = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
                break
            except CellExecutionError as error:
                if not is_kernel_fault(error) or attempt == KERNEL_FAULT_RETRIES:
                    raise
                # The cell's own code ran; the kernel lost its result. Run it again from a clean output.
                cell.outputs = []
        if cell.cell_type != "code":
            return cell
        while True:
            try:
                message = await self.kc.iopub_channel.get_msg(timeout=QUIET_SECONDS)
            except queue.Empty:
                return cell
            if message["msg_type"] in ("stream", "error", "display_data", "execute_result"):
                self.process_message(message, cell, cell_index)


def text_of(outputs):
    parts = []
    for output in outputs:
        kind = output["output_type"]
        if kind == "stream":
            parts.append(output["text"])
        elif kind == "error":
            parts.append(f"{output['ename']}: {output['evalue']}\n")
        elif kind in ("display_data", "execute_result"):
            # A figure counts by its SVG, so a re-run must draw exactly the saved one.
            data = output["data"]
            parts.append(data.get("image/svg+xml", data.get("text/plain", "")) + "\n")
    return "".join(parts)


def main():
    path, kernel = sys.argv[1], sys.argv[2]
    notebook = nbformat.read(path, as_version=4)
    # Raises nbformat.ValidationError, naming the offending field.
    nbformat.validate(notebook)
    saved = [text_of(cell.outputs) for cell in notebook.cells if cell.cell_type == "code"]
    folder = path.rsplit("/", 1)[0]
    client = LateOutputClient(notebook, timeout=120, kernel_name=kernel, allow_errors=False, resources={"metadata": {"path": folder}})
    client.execute()
    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    report = [
        {"saved": saved[index], "ran": text_of(cell.outputs), "tags": cell.metadata.get("tags", [])}
        for index, cell in enumerate(cells)
    ]
    json.dump({"kernel": notebook.metadata["kernelspec"]["name"], "cells": report}, sys.stdout)


if __name__ == "__main__":
    main()
