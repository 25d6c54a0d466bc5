ls d f nofile q .
