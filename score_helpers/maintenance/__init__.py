"""AI at work in the factory: the simulated predictive-maintenance lab.

    from score_helpers.maintenance import simulator, model
    fleet = simulator.simulate_fleet(seed=2025)
    alerts = model.threshold_alerts(fleet)

Inside:
- `simulator`   a fleet of machines whose vibration and temperature drift before breakdowns;
- `model`       threshold and trend alerts, breakdown times, the ISO 10816 zones;
- `evaluation`  caught, missed and false alerts, with the warning they gave;
- `cost`        fix-when-broken against planned and predictive maintenance, in pesos;
- `whatif`      the same comparison for the trainer's and the factory's own numbers;
- `ai4i`        the AI4I 2020 predictive-maintenance data set's failure rules.
It uses data's generators; it knows no widget, exercise or grading code.
"""
