"""Each participant's Jupyter server in a class hub (deploy/jupyterhub_config.py passes it).

Idle kernels are shut down so 30 participants fit on one server: a kernel that ran
nothing for 30 minutes is stopped, even with its tab still open (a participant back
from lunch re-runs the notebook's cells). A running cell is never interrupted.
"""

c = get_config()  # noqa: F821 - provided by Jupyter Server when it loads this file

MINUTE = 60

c.MappingKernelManager.cull_idle_timeout = 30 * MINUTE
c.MappingKernelManager.cull_interval = 2 * MINUTE
c.MappingKernelManager.cull_connected = True
c.MappingKernelManager.cull_busy = False
# Terminals are not part of the course; closing them keeps a class on the notebooks.
c.ServerApp.terminals_enabled = False
# The same upload limit as `make apps` (voila.json): a factory's Excel file fits.
c.ServerApp.tornado_settings = {"websocket_max_message_size": 100 * 1024 * 1024}
