echo 'no end
