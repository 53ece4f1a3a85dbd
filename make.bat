@echo off
REM Windows equivalent of the Makefile: make start, make test, make apps
py -3 "%~dp0bootstrap.py" %*
